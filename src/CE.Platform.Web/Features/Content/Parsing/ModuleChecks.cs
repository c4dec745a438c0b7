using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>Checks that need the module, its question bank and its course together.</summary>
internal static class ModuleChecks
{
    public static ModuleDefinition Apply(ModuleDefinition module, IReadOnlyList<ParsedQuestion> questions,
        IReadOnlyList<CreditTypeDefinition> courseCreditTypes, string courseFolder, ContentFile moduleFile, ContentFile bankFile, DateOnly today)
    {
        var images = ImageReferences.Check(module, questions, courseFolder, moduleFile, bankFile);
        var anchors = module.Sections.Select(s => s.Anchor).ToHashSet();
        var ids = new HashSet<string>();
        foreach (var (question, _, line, _) in questions)
        {
            if (!ids.Add(question.Id))
            {
                bankFile.Report(line, $"duplicate question id '{question.Id}'");
            }

            if (question.Objective > module.Objectives.Count)
            {
                bankFile.Report(line, $"question '{question.Id}' tests objective {question.Objective}, but the module has {module.Objectives.Count} objectives");
            }

            if (!anchors.Contains(question.Section))
            {
                bankFile.Report(line, $"question '{question.Id}' cites the section '{question.Section}', which {module.SourcePath} does not have (anchors: {string.Join(", ", anchors)})");
            }
        }

        if (module.Quiz.Draw > questions.Count)
        {
            moduleFile.Report(module.LineOf("quiz.draw"), $"the quiz draws {module.Quiz.Draw} questions but the bank has {questions.Count}");
        }

        foreach (var unknown in module.CreditTypes.Where(t => courseCreditTypes.All(c => c.Id != t)))
        {
            moduleFile.Report(module.LineOf("credit_types"), $"the credit type '{unknown}' is not defined in course.yaml");
        }

        if (module.ReviewDue < today)
        {
            moduleFile.Report(module.LineOf("review_due"), $"review_due {module.ReviewDue:yyyy-MM-dd} has passed: review the module against current evidence and set a new date");
        }

        if (module.LastReviewed > module.ReviewDue)
        {
            moduleFile.Report(module.LineOf("last_reviewed"), "last_reviewed is after review_due");
        }

        return module with { Questions = questions.Select(q => q.Question).ToList(), ImageFiles = images };
    }
}
