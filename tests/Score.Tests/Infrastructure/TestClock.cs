namespace Score.Tests.Infrastructure;

/// <summary>A clock a test can stop at a chosen moment; otherwise it tells the real time.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }

    public override DateTimeOffset GetUtcNow() => Fixed ?? base.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
