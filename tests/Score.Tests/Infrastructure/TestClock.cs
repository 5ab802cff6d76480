namespace Score.Tests.Infrastructure;

/// <summary>A clock a test can stop at a chosen moment; otherwise it tells the real time.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Fixed { get; set; }

    /// <summary>In UTC whatever offset the moment was given in, as the system clock answers (PostgreSQL takes only UTC).</summary>
    public override DateTimeOffset GetUtcNow() => Fixed?.ToUniversalTime() ?? base.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
