using System.Security.Cryptography;
using System.Text.Json;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Infrastructure;

namespace CE.Platform.Benchmarks;

/// <summary>The rows both seeding paths make (SaveChanges and binary COPY), built the same way.</summary>
internal static class SeedRows
{
    public static AppUser User(string email, string name, string hash, DateTime now) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
        PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), FullName = name, Credential = "RN",
        LockoutEnabled = true, CreatedAtUtc = now,
    };

    /// <summary>A submitted attempt with a real draw and simulated answers (item analysis reads them); score and result are the seed's.</summary>
    public static QuizAttempt Attempt(string userId, int moduleId, int versionId, int number, ModuleSnapshot snapshot, IReadOnlyDictionary<string, QuestionDefinition> bank, bool passed, DateTime started, Random random)
    {
        var rules = snapshot.Module.Quiz;
        var draw = QuestionDraw.Draw(snapshot.Module.Questions, rules.Draw, random);
        var (answers, times) = SimulatedAnswers.For(draw, bank, passed, random);
        return new QuizAttempt
        {
            UserId = userId, ModuleId = moduleId, ModuleVersionId = versionId, Number = number, StartedAtUtc = started,
            DeadlineUtc = started.AddMinutes(rules.TimeLimitMinutes), FinishedAtUtc = started.AddMinutes(12),
            Status = AttemptStatus.Submitted, ScorePercent = passed ? 90 : 60, Passed = passed,
            DrawJson = JsonSerializer.Serialize(draw), AnswersJson = answers, AnswerTimesJson = times,
        };
    }

    public static Completion Completion(QuizAttempt attempt, ModuleSnapshot snapshot) => new()
    {
        UserId = attempt.UserId, ModuleId = attempt.ModuleId, ModuleVersionId = attempt.ModuleVersionId, AttemptId = attempt.Id, ScorePercent = 90, CreditClaimed = 1,
        CreditTypeId = snapshot.Module.CreditTypes[0], CompletedAtUtc = attempt.FinishedAtUtc!.Value,
    };

    /// <summary>The certificate the completion earns, signed with the active key as the app signs it.</summary>
    public static Certificate Certificate(Completion completion, ModuleSnapshot snapshot, string learnerName, SiteOptions site, DateTime now, string keyId, ECDsa key)
    {
        var creditType = snapshot.Course.CreditTypes.Single(t => t.Id == completion.CreditTypeId);
        var certificate = new Certificate
        {
            CompletionId = completion.Id, Number = CertificateNumber.New(now.Year), VerificationToken = VerificationToken.New(), UserId = completion.UserId,
            LearnerName = learnerName, ModuleId = completion.ModuleId, ModuleVersionId = completion.ModuleVersionId, ModuleTitle = snapshot.Module.Title,
            CourseTitle = snapshot.Course.Title, ContentVersion = $"{snapshot.Module.Id} v1", CreditHours = 1, CreditTypeName = creditType.Name, CreditUnit = creditType.Unit,
            CreditStatement = StatementText.Fill(creditType.Statement, site.ProviderName, 1), ProviderStatement = StatementText.Fill(snapshot.Course.ProviderStatement, site.ProviderName, 1),
            ProviderName = site.ProviderName, CompletedAtUtc = completion.CompletedAtUtc, IssuedAtUtc = completion.CompletedAtUtc, SignedRecord = "", Status = CertificateStatus.Valid,
            EmailSentAtUtc = completion.CompletedAtUtc,
        };
        certificate.SignedRecord = CompactJws.Sign(CertificateClaims.From(certificate, site.PublicUrl), keyId, key);
        return certificate;
    }

    /// <summary>An annual organisation-wide assignment made 30 days ago, due in 45 days.</summary>
    public static Assignment Assignment(int organisationId, int moduleId, string coordinatorId, DateTime now) => new()
    {
        OrganisationId = organisationId, ModuleId = moduleId, Scope = AssignmentScope.Organisation, DueDate = DateOnly.FromDateTime(now.AddDays(45)),
        RecurrenceMonths = 12, CreatedByUserId = coordinatorId, CreatedAtUtc = now.AddDays(-30),
    };

    /// <summary>The learner's first cycle of <paramref name="assignment"/>.</summary>
    public static LearnerAssignment Cycle(Assignment assignment, string userId) => new()
    {
        AssignmentId = assignment.Id, OrganisationId = assignment.OrganisationId, UserId = userId, ModuleId = assignment.ModuleId, Cycle = 1,
        OpensAtUtc = assignment.CreatedAtUtc.AddDays(-assignment.WindowDays), DueDate = assignment.DueDate,
    };
}
