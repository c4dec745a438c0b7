namespace CE.Platform.Benchmarks;

/// <summary>The system clock moved forward, so a job sees the day it is being timed for.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
