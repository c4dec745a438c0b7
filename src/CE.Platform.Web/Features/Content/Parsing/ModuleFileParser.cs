using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>Reads a module's front matter and body. Questions and course-wide checks come later.</summary>
internal static class ModuleFileParser
{
    private static readonly string[] Keys =
    [
        "id", "title", "summary", "objectives", "estimated_minutes", "credit_hours", "credit_types", "audience",
        "authors", "reviewer", "last_reviewed", "review_due", "disclosure", "references", "quiz",
    ];

    private static readonly string[] PersonKeys = ["name", "credentials"];
    private static readonly string[] ReferenceKeys = ["key", "citation", "doi", "pmid", "url"];
    private static readonly string[] QuizKeys = ["draw", "passing_score", "max_attempts", "wait_minutes", "time_limit_minutes", "late_policy", "grace_minutes", "review"];

    // Verbs that name no observable performance; learning objectives must be measurable.
    private static readonly string[] VagueVerbs = ["understand", "know", "learn", "appreciate", "be aware", "become familiar", "realize"];

    public static ModuleDefinition? Parse(string text, ContentFile file)
    {
        if (FrontMatter.Split(text, file) is not { } parts)
        {
            return null;
        }

        var yaml = file with { LineOffset = 1 };
        if (YamlDocuments.LoadMapping(parts.Yaml, yaml) is not { } root)
        {
            return null;
        }

        var fields = new YamlFields(root, yaml, "the module front matter", Keys);
        var objectives = Objectives(fields);
        var references = References(fields);
        var sections = MarkdownBody.Sections(parts.Body, parts.BodyFirstLine, file);
        CheckCitations(parts, references, file);

        var module = new
        {
            Id = Slugs.Checked(fields.String("id"), yaml, fields.LineOf("id"), "module id"),
            Title = fields.String("title"),
            Summary = fields.String("summary"),
            Minutes = fields.Int("estimated_minutes", min: 5, max: 600),
            Credit = fields.Decimal("credit_hours", min: 0.25m, max: 40m),
            CreditTypes = fields.Strings("credit_types"),
            Audience = fields.String("audience"),
            Authors = fields.Items("authors", "an author", PersonKeys).Select(Person).ToList(),
            Reviewer = fields.Mapping("reviewer") is { } reviewer ? Person(new YamlFields(reviewer, yaml, "the reviewer", PersonKeys)) : null,
            LastReviewed = fields.Date("last_reviewed"),
            ReviewDue = fields.Date("review_due"),
            Disclosure = fields.String("disclosure"),
            Quiz = fields.Mapping("quiz") is { } quiz ? Quiz(new YamlFields(quiz, yaml, "the quiz block", QuizKeys)) : null,
        };

        if (module.Authors.Count == 0)
        {
            yaml.Report(fields.LineOf("authors"), "a module names at least one author");
        }

        if (module is
            {
                Id: { } id, Title: { } title, Summary: { } summary, Minutes: { } minutes, Credit: { } credit, CreditTypes: { } types,
                Audience: { } audience, Reviewer: { } reviewedBy, LastReviewed: { } lastReviewed, ReviewDue: { } reviewDue, Disclosure: { } disclosure, Quiz: { } rules
            }
            && objectives is not null && references is not null && module.Authors.All(a => a is not null))
        {
            return new ModuleDefinition
            {
                Id = id, Title = title, Summary = summary, Objectives = objectives, EstimatedMinutes = minutes, CreditHours = credit,
                CreditTypes = types.Select(t => t.Text).ToList(), Audience = audience, Authors = module.Authors.OfType<PersonDefinition>().ToList(), Reviewer = reviewedBy,
                LastReviewed = lastReviewed, ReviewDue = reviewDue, Disclosure = disclosure, References = references.Select(r => r.Reference).ToList(), Quiz = rules,
                Body = parts.Body, Sections = sections, Questions = [], SourcePath = file.Path,
                KeyLines = KeyLines(fields),
                BodyFirstLine = parts.BodyFirstLine,
            };
        }

        return null;
    }

    // Front-matter lines count from the file's second line (the first is ---).
    private static Dictionary<string, int> KeyLines(YamlFields fields)
    {
        var lines = Keys.ToDictionary(key => key, key => fields.LineOf(key) + 1);
        if (fields.Mapping("quiz") is { } quiz)
        {
            var quizFields = new YamlFields(quiz, fields.File with { Problems = [] }, "the quiz block", QuizKeys);
            lines["quiz.draw"] = quizFields.LineOf("draw") + 1;
            lines["quiz.review"] = quizFields.LineOf("review") + 1;
        }

        return lines;
    }

    private static List<string>? Objectives(YamlFields fields)
    {
        if (fields.Strings("objectives") is not { } objectives)
        {
            return null;
        }

        if (objectives.Count is < 3 or > 5)
        {
            fields.File.Report(fields.LineOf("objectives"), $"a module has 3 to 5 learning objectives, not {objectives.Count}");
        }

        foreach (var (text, line) in objectives.Where(o => VagueVerbs.Any(v => o.Text.StartsWith(v, StringComparison.OrdinalIgnoreCase))))
        {
            fields.File.Report(line, $"the objective '{text}' cannot be measured; start it with a verb such as describe, explain, compare or select");
        }

        return objectives.Select(o => o.Text).ToList();
    }

    private static List<(ReferenceDefinition Reference, int Line)>? References(YamlFields fields)
    {
        var references = new List<(ReferenceDefinition Reference, int Line)>();
        foreach (var item in fields.Items("references", "a reference", ReferenceKeys))
        {
            var key = Slugs.Checked(item.String("key"), item.File, item.LineOf("key"), "reference key");
            var citation = item.String("citation");
            var (doi, pmid, url) = (item.String("doi", required: false), item.String("pmid", required: false), item.String("url", required: false));
            if (doi is null && pmid is null && url is null)
            {
                item.File.Report(item.Line(), $"the reference '{key}' needs a doi, a pmid or an official url");
            }

            if (pmid is not null && !pmid.All(char.IsDigit))
            {
                item.File.Report(item.LineOf("pmid"), $"the pmid of '{key}' must be digits only");
            }

            if (references.Any(r => r.Reference.Key == key))
            {
                item.File.Report(item.LineOf("key"), $"duplicate reference key '{key}'");
            }
            else if (key is not null && citation is not null)
            {
                references.Add((new ReferenceDefinition(key, citation, doi, pmid, url), item.LineOf("key")));
            }
        }

        return references.Count > 0 ? references : null;
    }

    private static void CheckCitations(FrontMatter parts, List<(ReferenceDefinition Reference, int Line)>? references, ContentFile file)
    {
        var known = references?.ToDictionary(r => r.Reference.Key, r => r.Line) ?? [];
        var cited = new HashSet<string>();
        foreach (var (key, line) in MarkdownBody.Citations(parts.Body, parts.BodyFirstLine))
        {
            cited.Add(key);
            if (!known.ContainsKey(key))
            {
                file.Report(line, $"the citation [@{key}] names no reference in the front matter");
            }
        }

        foreach (var (key, line) in known.Where(k => !cited.Contains(k.Key)))
        {
            // Reference lines count from the front matter, which starts on the file's second line.
            file.Report(line + 1, $"the reference '{key}' is never cited in the body");
        }
    }

    private static PersonDefinition? Person(YamlFields fields) =>
        fields.String("name") is { } name ? new PersonDefinition(name, fields.String("credentials", required: false)) : null;

    private static QuizRules? Quiz(YamlFields fields)
    {
        var defaults = new QuizRules();
        var rules = new
        {
            Draw = fields.Int("draw", required: false, min: 1, max: 200) ?? defaults.Draw,
            Passing = fields.Int("passing_score", required: false, min: 1, max: 100) ?? defaults.PassingScore,
            MaxAttempts = fields.Int("max_attempts", required: false, max: 100) ?? defaults.MaxAttempts,
            Wait = fields.Int("wait_minutes", required: false, max: 60 * 24 * 30) ?? 0,
            TimeLimit = fields.Int("time_limit_minutes", required: false, max: 600) ?? 0,
            Late = fields.Enum("late_policy", defaults.LatePolicy),
            Grace = fields.Int("grace_minutes", required: false, max: 60) ?? 0,
            Review = fields.Enum("review", defaults.Review),
        };
        return rules is { Late: { } late, Review: { } review }
            ? new QuizRules
            {
                Draw = rules.Draw, PassingScore = rules.Passing, MaxAttempts = rules.MaxAttempts, WaitMinutes = rules.Wait,
                TimeLimitMinutes = rules.TimeLimit, LatePolicy = late, GraceMinutes = rules.Grace, Review = review,
            }
            : null;
    }
}
