namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// One drawn item of a scored attempt: its credit (0–1, as <see cref="QuizScorer.ScoreQuestion"/> gives it),
/// the option keys chosen (none when omitted) and the estimated seconds spent on it (null when unknown).
/// </summary>
public sealed record ItemResponse(string QuestionId, double Credit, IReadOnlyList<string> Chosen, double? Seconds);

/// <summary>A scored attempt as item analysis sees it: its items, its stored score and result.</summary>
public sealed record ScoredAttempt(IReadOnlyList<ItemResponse> Items, double ScorePercent, bool Passed, bool IsFirstAttempt);

/// <summary>What the report needs to know about a bank question: a plain-text stem, its options and its key.</summary>
public sealed record BankItem(string Id, string Stem, IReadOnlyList<string> OptionKeys, IReadOnlyList<string> AnswerKeys);
