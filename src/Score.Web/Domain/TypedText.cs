namespace Score.Web.Domain;

/// <summary>What a form field's text becomes when stored: trimmed, and null when nothing but spaces was typed.</summary>
public static class TypedText
{
    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
