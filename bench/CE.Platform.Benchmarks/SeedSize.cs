namespace CE.Platform.Benchmarks;

/// <summary>How much data to seed. <see cref="Full"/> is the data set the performance issue names.</summary>
public sealed record SeedSize(int Learners, int Organisations, int LargeOrganisation, int AttemptsPerLearner, int CompletionsPerLearner, int AssignmentsPerLearner)
{
    /// <summary>10,000 learners in 20 organisations (one of 1,000), 100,000 attempts, 40,000 completions, 31,000 assignments (three modules each, four in the large organisation).</summary>
    public static readonly SeedSize Full = new(10_000, 20, 1_000, 10, 4, 3);

    public static SeedSize Scaled(int learners) =>
        Full with { Learners = learners, Organisations = Math.Max(2, learners / 500), LargeOrganisation = Math.Max(1, learners / 10) };
}
