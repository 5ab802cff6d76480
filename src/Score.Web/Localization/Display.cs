using System.Globalization;
using Score.Web.Domain;

namespace Score.Web.Localization;

/// <summary>Formats dates, numbers and rupiah in the current language's conventions.</summary>
public static class Display
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>Moments are shown in the programme's time (<see cref="ProgrammeTime"/>) whatever zone the server runs in.</summary>
    private static readonly TimeSpan Wib = ProgrammeTime.WibOffset;

    public static string Date(DateTimeOffset? moment) =>
        moment?.ToOffset(Wib).ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string DateTime(DateTimeOffset? moment) =>
        moment is { } m ? m.ToOffset(Wib).ToString("g", CultureInfo.CurrentCulture) + " WIB" : "";

    /// <summary>A KPI value as typed: up to four decimals, none when whole.</summary>
    public static string Kpi(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>Rp 1.234.567 under Indonesian, IDR 1,234,567 under English; rupiah have no minor unit in practice.</summary>
    public static string Rupiah(decimal amount)
    {
        var figure = Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.CurrentCulture);
        return Cultures.IsIndonesian ? "Rp " + figure : "IDR " + figure;
    }

    /// <summary>A whole percentage, rounded half away from zero (73.5 → 74%); a dash when there is nothing to divide.</summary>
    public static string Percent(double? value) =>
        value is { } v ? Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.CurrentCulture) + "%" : "–";
}
