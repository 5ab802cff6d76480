using Microsoft.Extensions.Localization;

namespace Score.Web.Localization;

/// <summary>
/// A period of trainings as people say it: "all trainings" when it has no bounds, "from"/"until" when it has one,
/// never "… – …". The dashboard and the lists it links to say it the same way.
/// </summary>
public static class PeriodText
{
    public static string Of(IStringLocalizer text, DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => text["Dashboard.PeriodAll"],
        (not null, null) => text["Dashboard.PeriodFrom", Display.Date(start)],
        (null, not null) => text["Dashboard.PeriodUntil", Display.Date(end)],
        _ => text["Dashboard.Period", Display.Date(start), Display.Date(end)],
    };
}
