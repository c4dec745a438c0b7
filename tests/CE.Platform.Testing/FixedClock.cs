namespace CE.Platform.Testing;

/// <summary>A clock the test sets, for rules that depend on the date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
