namespace Score.Web.Data;

/// <summary>Escapes user input for ILIKE so that % and _ typed in a search box match themselves.</summary>
public static class SearchPattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string input) =>
        input.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
