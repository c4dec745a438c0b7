using System.Text.RegularExpressions;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;
using CE.Platform.Web.Features.Content.Rendering;

namespace CE.Platform.Tests.Content;

/// <summary>
/// A temporary <c>courses/</c> folder holding a minimal valid course. Each file's text can be
/// overridden, so a test mutates exactly one thing and checks the one problem it causes.
/// </summary>
public sealed class MinimalCourse : IDisposable
{
    public const string Folder = "test-course";
    public const string Module = "01-basics";

    public const string CourseYaml = """
        id: test-course
        title: Test course
        description: A course the tests write.
        provider_statement: "{provider} plans this activity independently."
        credit_types:
          - id: ama-pra-1
            name: AMA PRA Category 1 Credit
            unit: credits
            statement: "{provider} designates this material for a maximum of {max_credit} credits."
        modules:
          - 01-basics

        """;

    public const string ModuleMd = """
        ---
        id: basics
        title: Basics
        summary: The basics, as the tests need them.
        objectives:
          - Explain the first idea.
          - Compare the second idea with the first.
          - Select the right idea for a case.
        estimated_minutes: 30
        credit_hours: 0.5
        credit_types: [ama-pra-1]
        audience: Clinicians.
        authors:
          - name: Test author
        reviewer:
          name: Test reviewer
        last_reviewed: 2026-11-20
        review_due: 2027-11-20
        disclosure: Nothing to disclose.
        references:
          - key: alpha2020
            citation: "Alpha A. First paper. J Test. 2020;1:1-2."
            doi: 10.1000/alpha
          - key: beta2021
            citation: "Beta B. Second paper. J Test. 2021;2:3-4."
            doi: 10.1000/beta
        quiz:
          draw: 2
        ---

        An introduction.

        ## First idea {#first-idea}

        The first idea holds [@alpha2020].

        ## Second idea {#second-idea}

        The second idea builds on the first [@beta2021; @alpha2020].

        """;

    public const string QuestionsYaml = """
        questions:
          - id: first-single
            section: first-idea
            type: single
            stem: Which idea holds?
            options:
              a: The first idea.
              b: None.
            answer: a
            rationale: See the first idea.
          - id: second-multiple
            section: second-idea
            type: multiple
            stem: Which are true? Select all that apply.
            options:
              a: One.
              b: Two.
              c: Three.
            answer: [a, b]
            rationale: See the second idea.
          - id: third-true-false
            section: second-idea
            type: true-false
            stem: The second idea builds on the first.
            answer: true
            rationale: It does.

        """;

    public static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

    private readonly string root = Directory.CreateTempSubdirectory("ce-courses-").FullName;

    public string CoursesFolder => Path.Combine(root, "courses");

    /// <summary>Writes one course folder; a null text means the minimal valid one.</summary>
    public MinimalCourse Write(string? courseYaml = null, string? module = null, string? questions = null,
        string folder = Folder, string moduleName = Module)
    {
        WriteFile(folder, CourseFolderReader.CourseFileName, courseYaml ?? CourseYaml);
        WriteFile(folder, moduleName + ".md", module ?? ModuleMd);
        WriteFile(folder, moduleName + ".questions.yaml", questions ?? QuestionsYaml);
        return this;
    }

    public void WriteFile(string folder, string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(CoursesFolder, folder));
        File.WriteAllText(Path.Combine(CoursesFolder, folder, name), text);
    }

    public IReadOnlyList<CourseReadResult> Read() => new CourseFolderReader(Clock).Read(CoursesFolder);

    /// <summary>Replaces text that must occur exactly once, so a mutation never silently misses.</summary>
    public static string Edit(string text, string old, string replacement)
    {
        Assert.True(text.Split(old).Length == 2, $"'{old}' must occur exactly once in the text");
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line of the last occurrence of <paramref name="fragment"/> (for duplicates: the second one).</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = text.LastIndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' is not in the text");
        return text[..index].Count(c => c == '\n') + 1;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}

public sealed class CourseValidationTests : IDisposable
{
    private const string ModuleFile = MinimalCourse.Module + ".md";
    private const string BankFile = MinimalCourse.Module + ".questions.yaml";
    private const string CourseFile = CourseFolderReader.CourseFileName;

    // Problems found by the checks that run after parsing are put on the front matter's first line.
    private const int FrontMatterLine = 2;

    private readonly MinimalCourse course = new();

    public void Dispose() => course.Dispose();

    [Fact]
    public void The_minimal_course_is_valid()
    {
        var result = Assert.Single(course.Write().Read());

        // Its tiny bank breaks item-writing rules (warnings); ItemWritingValidationTests cover those.
        Assert.Empty(result.Errors);
        Assert.NotNull(result.Course);
        var module = Assert.Single(result.Course.Modules);
        Assert.Equal(3, module.Questions.Count);
        Assert.Equal(["first-idea", "second-idea"], module.Sections.Select(s => s.Anchor));
        Assert.Equal($"courses/{MinimalCourse.Folder}/{ModuleFile}", module.SourcePath);
    }

    [Fact]
    public void The_shipped_courses_are_valid()
    {
        var solution = new DirectoryInfo(AppContext.BaseDirectory);
        while (solution is not null && !File.Exists(Path.Combine(solution.FullName, "CE.Platform.sln")))
        {
            solution = solution.Parent;
        }

        Assert.NotNull(solution);
        var results = new CourseFolderReader(MinimalCourse.Clock).Read(Path.Combine(solution.FullName, "courses"));

        Assert.NotEmpty(results);
        Assert.All(results, result =>
        {
            Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
            Assert.NotNull(result.Course);
            Assert.NotEmpty(result.Course.Modules);
            Assert.All(result.Course.Modules, m => Assert.True(m.Questions.Count >= m.Quiz.Draw, $"{m.Id}: bank smaller than draw"));
        });
    }

    [Fact]
    public void An_unknown_key_in_the_front_matter_is_reported_with_its_line()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "title: Basics\n", "title: Basics\ncolour: blue\n");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "colour: blue"),
            "unknown key 'colour'", "front matter");
    }

    [Fact]
    public void An_unknown_key_in_course_yaml_is_reported_with_its_line()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "title: Test course\n", "title: Test course\nsponsor: Acme\n");

        AssertProblem(OnlyProblem(courseYaml: courseYaml), CourseFile, MinimalCourse.LineOf(courseYaml, "sponsor: Acme"),
            "unknown key 'sponsor'", "course.yaml");
    }

    [Fact]
    public void An_unknown_key_in_a_question_is_reported_with_its_line()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "stem: Which idea holds?\n", "stem: Which idea holds?\n    hint: the first\n");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "hint: the first"),
            "unknown key 'hint'", "a question");
    }

    [Fact]
    public void A_missing_module_title_is_reported_on_the_front_matter()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "title: Basics\n", "");

        AssertProblem(OnlyProblem(module: module), ModuleFile, FrontMatterLine, "missing 'title'");
    }

    [Fact]
    public void A_module_id_used_in_two_courses_is_reported_on_the_second()
    {
        course.Write(folder: "a-course");
        course.Write(MinimalCourse.Edit(MinimalCourse.CourseYaml, "id: test-course", "id: b-course"), folder: "b-course");

        var results = course.Read();

        Assert.Equal(2, results.Count);
        Assert.Empty(results[0].Errors);
        Assert.NotNull(results[0].Course);
        Assert.Null(results[1].Course);
        var problem = Assert.Single(results[1].Errors);
        Assert.Equal($"courses/b-course/{ModuleFile}", problem.Path);
        Assert.Equal(FrontMatterLine, problem.Line);
        Assert.Contains("duplicate module id 'basics'", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"courses/a-course/{ModuleFile}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_id_used_by_two_folders_is_reported_on_the_second()
    {
        course.Write(folder: "a-course");
        course.Write(module: MinimalCourse.Edit(MinimalCourse.ModuleMd, "id: basics", "id: other-basics"), folder: "b-course");

        var results = course.Read();

        Assert.Null(results[1].Course);
        var problem = Assert.Single(results[1].Errors);
        Assert.Equal("courses/b-course/course.yaml", problem.Path);
        Assert.Contains("duplicate course id 'test-course'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_with_an_underscore_is_refused()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "{#first-idea}", "{#first_idea}");

        Assert.Contains(Problems(module: module), p => p.Message.Contains("the anchor 'first_idea' must use lowercase letters, digits and hyphens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_or_citation_inside_a_tilde_code_fence_is_not_checked()
    {
        var module = MinimalCourse.ModuleMd + "\n~~~\n## Not a section\n[@nokey]\n~~~\n";

        var result = Assert.Single(course.Write(module: module).Read());

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_duplicate_question_id_is_reported_on_the_second_question()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "id: second-multiple", "id: first-single");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "id: first-single"),
            "duplicate question id 'first-single'");
    }

    [Fact]
    public void A_duplicate_section_anchor_is_reported_on_the_second_heading()
    {
        var module = MinimalCourse.ModuleMd + "## Again {#first-idea}\n\nMore on the first idea [@alpha2020].\n";

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "## Again"),
            "duplicate section anchor 'first-idea'");
    }

    [Fact]
    public void A_duplicate_reference_key_is_reported_on_the_second_reference()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "quiz:\n",
            "  - key: alpha2020\n    citation: \"A copy.\"\n    doi: 10.1000/copy\nquiz:\n");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "key: alpha2020"),
            "duplicate reference key 'alpha2020'");
    }

    [Fact]
    public void A_single_answer_that_is_not_an_option_is_reported_on_the_answer()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "answer: a\n", "answer: d\n");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "answer: d"),
            "question 'first-single'", "the answer 'd' is not one of its options (a, b)");
    }

    [Fact]
    public void A_single_question_with_two_answers_is_reported_on_the_answer()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "answer: a\n", "answer: [a, b]\n");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "answer: [a, b]\n    rationale: See the first"),
            "question 'first-single'", "exactly one answer");
    }

    [Fact]
    public void A_multiple_response_answer_that_is_not_an_option_is_reported_on_the_answer()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "answer: [a, b]", "answer: [a, z]");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "answer: [a, z]"),
            "question 'second-multiple'", "the answer 'z' is not one of its options (a, b, c)");
    }

    [Fact]
    public void A_reference_without_doi_pmid_or_url_is_reported_on_the_reference()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "    doi: 10.1000/beta\n", "");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "- key: beta2021"),
            "the reference 'beta2021' needs a doi, a pmid or an official url");
    }

    [Fact]
    public void A_question_citing_a_section_the_module_does_not_have_is_reported_on_the_question()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "section: first-idea", "section: no-such-section");

        AssertProblem(OnlyProblem(questions: questions), BankFile, MinimalCourse.LineOf(questions, "id: first-single"),
            "question 'first-single' cites the section 'no-such-section'", "first-idea, second-idea");
    }

    [Fact]
    public void A_review_due_date_before_today_is_reported()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "review_due: 2027-11-20", "review_due: 2026-11-24");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "review_due: 2026-11-24"),
            "review_due 2026-11-24 has passed");
    }

    [Fact]
    public void A_review_due_date_of_today_is_still_valid()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "review_due: 2027-11-20", "review_due: 2026-11-25");

        var result = Assert.Single(course.Write(module: module).Read());

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_citation_of_an_unknown_reference_is_reported_on_its_line()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "holds [@alpha2020].", "holds [@alpha2020] and more [@nokey].");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "[@nokey]"),
            "the citation [@nokey] names no reference");
    }

    [Fact]
    public void A_reference_never_cited_is_reported_on_the_reference()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "[@beta2021; @alpha2020]", "[@alpha2020]");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "key: beta2021"),
            "the reference 'beta2021' is never cited");
    }

    [Fact]
    public void A_citation_inside_a_fenced_code_block_does_not_count()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "[@beta2021; @alpha2020]", "[@alpha2020]\n\n```\n[@beta2021] [@nokey]\n```");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "key: beta2021"),
            "the reference 'beta2021' is never cited");
    }

    [Fact]
    public void A_level_two_heading_without_an_anchor_is_reported_on_its_line()
    {
        var module = MinimalCourse.ModuleMd + "## Unanchored heading\n\nText [@alpha2020].\n";

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "## Unanchored heading"),
            "the section heading 'Unanchored heading' needs a stable anchor");
    }

    [Fact]
    public void Fewer_than_three_objectives_are_reported_on_the_objectives()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "  - Select the right idea for a case.\n", "");

        // The line is that of the list's first item (where YAML's sequence node starts), not the 'objectives:' key.
        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "- Explain the first idea."),
            "3 to 5 learning objectives, not 2");
    }

    [Fact]
    public void An_objective_starting_with_understand_is_reported_on_its_line()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "Explain the first idea.", "Understand the first idea.");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "Understand the first idea."),
            "the objective 'Understand the first idea.' cannot be measured");
    }

    [Fact]
    public void A_draw_larger_than_the_bank_is_reported()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "draw: 2", "draw: 4");

        AssertProblem(OnlyProblem(module: module), ModuleFile, MinimalCourse.LineOf(module, "draw: 4"),
            "the quiz draws 4 questions but the bank has 3");
    }

    [Fact]
    public void An_unclosed_quote_in_course_yaml_is_a_yaml_syntax_error_on_the_line_the_quote_opens()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "title: Test course", "title: \"Test course");

        AssertProblem(OnlyProblem(courseYaml: courseYaml), CourseFile, MinimalCourse.LineOf(courseYaml, "title: \"Test course"), "YAML syntax");
    }

    [Fact]
    public void A_bad_indentation_in_the_front_matter_is_a_yaml_syntax_error_on_its_file_line()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "summary: The basics", "  summary: The basics");

        AssertProblem(YamlSyntaxProblem(Problems(module: module)), ModuleFile, MinimalCourse.LineOf(module, "  summary: The basics"));
    }

    [Fact]
    public void A_bad_indentation_in_a_question_bank_is_a_yaml_syntax_error_on_its_line()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "    section: first-idea", "      section: first-idea");

        // Not the only problem: the unreadable bank is then counted as empty ("the quiz draws 2 questions but the bank has 0").
        AssertProblem(YamlSyntaxProblem(Problems(questions: questions)), BankFile, MinimalCourse.LineOf(questions, "      section: first-idea"));
    }

    [Fact]
    public void A_module_listed_in_course_yaml_without_a_file_is_reported_on_its_list_item()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "  - 01-basics\n", "  - 01-basics\n  - 02-missing\n");

        AssertProblem(OnlyProblem(courseYaml: courseYaml), CourseFile, MinimalCourse.LineOf(courseYaml, "- 02-missing"),
            "the module '02-missing' has no file 02-missing.md");
    }

    [Fact]
    public void A_markdown_file_not_listed_in_course_yaml_is_reported_without_a_line()
    {
        course.WriteFile(MinimalCourse.Folder, "99-draft.md", MinimalCourse.ModuleMd);

        AssertProblem(OnlyProblem(), CourseFile, 0, "99-draft.md is not listed under 'modules'");
    }

    [Fact]
    public void Every_problem_reads_as_path_line_message_with_a_real_line()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "  - 01-basics\n", "  - 01-basics\n  - 02-missing\nsponsor: Acme\n");
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "title: Basics\n", "title: Basics\ncolour: blue\n")
            .Replace("[@beta2021; @alpha2020]", "[@nokey]", StringComparison.Ordinal)
            .Replace("Explain the first", "Understand the first", StringComparison.Ordinal)
            + "## Unanchored heading\n";
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "answer: a\n", "answer: d\n")
            .Replace("section: first-idea", "section: nowhere", StringComparison.Ordinal);

        var result = Assert.Single(course.Write(courseYaml, module, questions).Read());

        Assert.Null(result.Course);
        Assert.True(result.Problems.Count >= 8, string.Join('\n', result.Problems));
        Assert.All(result.Problems, problem =>
        {
            Assert.Matches(@"^courses/test-course/[^:\s]+:\d+: \S.*$", problem.ToString());
            Assert.True(problem.Line >= 1, problem.ToString());
        });
    }

    [Fact]
    public void A_course_with_one_invalid_module_yields_no_course()
    {
        var courseYaml = MinimalCourse.Edit(MinimalCourse.CourseYaml, "  - 01-basics\n", "  - 01-basics\n  - 02-broken\n");
        course.Write(courseYaml);
        course.Write(courseYaml, MinimalCourse.Edit(MinimalCourse.ModuleMd, "id: basics\n", "id: broken\ncolour: blue\n"), moduleName: "02-broken");

        var result = Assert.Single(course.Read());

        Assert.Null(result.Course);
        // Structural problems only: the second bank copies the first, which duplicate-stem reports as well.
        var problem = Assert.Single(result.Errors, e => e.Rule is null);
        Assert.Equal($"courses/{MinimalCourse.Folder}/02-broken.md", problem.Path);
    }

    /// <summary>The errors (structural problems); the minimal bank's item-writing warnings are tested elsewhere.</summary>
    private IReadOnlyList<ContentProblem> Problems(string? courseYaml = null, string? module = null, string? questions = null)
    {
        var result = Assert.Single(course.Write(courseYaml, module, questions).Read());
        Assert.Null(result.Course);
        return result.Errors;
    }

    private ContentProblem OnlyProblem(string? courseYaml = null, string? module = null, string? questions = null)
    {
        var problems = Problems(courseYaml, module, questions);
        Assert.True(problems.Count == 1, $"expected one problem, got:\n{string.Join('\n', problems)}");
        return problems[0];
    }

    private static ContentProblem YamlSyntaxProblem(IReadOnlyList<ContentProblem> problems) =>
        Assert.Single(problems, p => p.Message.StartsWith("YAML syntax: ", StringComparison.Ordinal));

    private static void AssertProblem(ContentProblem problem, string file, int line, params string[] words)
    {
        Assert.Equal($"courses/{MinimalCourse.Folder}/{file}", problem.Path);
        Assert.Equal(line, problem.Line);
        Assert.All(words, word => Assert.Contains(word, problem.Message, StringComparison.Ordinal));
    }
}

public sealed class ModuleRendererTests : IDisposable
{
    private readonly MinimalCourse course = new();

    public void Dispose() => course.Dispose();

    [Fact]
    public void Sections_are_split_by_anchor_with_the_intro_before_them()
    {
        var rendered = Render(MinimalCourse.ModuleMd);

        Assert.Contains("An introduction.", rendered.IntroHtml, StringComparison.Ordinal);
        Assert.Equal(["first-idea", "second-idea"], rendered.Sections.Select(s => s.Anchor));
        Assert.Equal(["First idea", "Second idea"], rendered.Sections.Select(s => s.Title));
        Assert.Contains("<h2 id=\"first-idea\">", rendered.Sections[0].Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"second-idea\">", rendered.Sections[1].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("second idea builds", rendered.Sections[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{#", rendered.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Citations_become_links_numbered_by_reference_order()
    {
        var rendered = Render(MinimalCourse.ModuleMd);

        Assert.Contains("<sup class=\"cite\"><a href=\"#ref-alpha2020\"", rendered.Sections[0].Html, StringComparison.Ordinal);
        Assert.Contains(">1</a></sup>", rendered.Sections[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("[@", rendered.Sections[0].Html, StringComparison.Ordinal);

        // Cited as [@beta2021; @alpha2020]: numbered 2 then 1, the order of the reference list.
        var second = rendered.Sections[1].Html;
        var beta = second.IndexOf("<sup class=\"cite\"><a href=\"#ref-beta2021\"", StringComparison.Ordinal);
        var alpha = second.IndexOf("<sup class=\"cite\"><a href=\"#ref-alpha2020\"", StringComparison.Ordinal);
        Assert.True(beta >= 0 && alpha > beta, second);
        Assert.Contains(">2</a></sup>", second[beta..alpha], StringComparison.Ordinal);
        Assert.Contains(">1</a></sup>", second[alpha..], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_section_lists_the_keys_it_cites_in_order_of_first_citation()
    {
        var rendered = Render(MinimalCourse.ModuleMd);

        Assert.Equal(["alpha2020"], rendered.Sections[0].CitedKeys);
        Assert.Equal(["beta2021", "alpha2020"], rendered.Sections[1].CitedKeys);
    }

    [Fact]
    public void Raw_html_and_javascript_links_do_not_come_out_as_live_markup()
    {
        var module = MinimalCourse.Edit(MinimalCourse.ModuleMd, "The first idea holds [@alpha2020].",
            "The first idea holds [@alpha2020].\n\n<script>alert(1)</script>\n\nA [x](javascript:alert(1)) link and <img src=x onerror=alert(1)>.");

        var html = string.Concat(Render(module).Sections.Select(s => s.Html));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("href\\s*=\\s*\"?\\s*javascript:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<[^>]*\\sonerror\\s*=", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void A_question_stem_may_hold_a_markdown_table_and_stays_inert()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "stem: Which idea holds?",
            "stem: |\n      Which dose fits? <script>alert(1)</script>\n\n      | Route | Dose |\n      |---|---|\n      | IV | 1 mg/kg |");

        var rendered = Render(MinimalCourse.ModuleMd, questions);

        var stem = rendered.StemHtml("first-single", "");
        Assert.Contains("<table>", stem, StringComparison.Ordinal);
        Assert.Contains("<td>1 mg/kg</td>", stem, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", stem, StringComparison.Ordinal);
    }

    private RenderedModule Render(string moduleMd, string? questions = null)
    {
        var result = Assert.Single(course.Write(module: moduleMd, questions: questions).Read());
        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        ModuleDefinition module = Assert.Single(result.Course!.Modules);
        return new ModuleRenderer().Render(module);
    }
}
