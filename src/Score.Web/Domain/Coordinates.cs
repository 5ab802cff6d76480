using System.Globalization;

namespace Score.Web.Domain;

/// <summary>GPS coordinates as typed and shown: a decimal point or comma on the way in, a point and six decimals out.</summary>
public static class Coordinates
{
    public static double? Parse(string? value) =>
        double.TryParse(value?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static string? Text(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
}
