namespace Score.Web.Domain;

/// <summary>
/// The programme's day: Western Indonesia Time (UTC+7, no daylight saving), where the programme and most partners
/// work. Every "today" (form defaults, issue dates, what is overdue, the calendar) is taken here from the one clock,
/// whatever zone the server runs in: at 00:30 WIB it is already tomorrow in Jakarta and still yesterday in UTC.
/// </summary>
public static class ProgrammeTime
{
    public static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);

    /// <summary>The moment as the programme's clock on the wall shows it.</summary>
    public static DateTimeOffset WibNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(WibOffset);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.WibNow().DateTime);
}
