using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Score.Web.Localization;

/// <summary>
/// The audit trail keeps field names and values as the code names them ("Status", "Completed",
/// "2026-03-01"); the history pages show them in the reader's language and formats.
/// </summary>
public static class HistoryText
{
    /// <summary>Which choice a field holds, where the field's name does not say it (a "Status" differs by record).</summary>
    private static readonly Dictionary<string, string> ChoiceOf = new()
    {
        ["Training.Status"] = "TrainingStatus",
        ["ImprovementAction.Status"] = "ActionStatus",
        ["Enterprise.Status"] = "EnterpriseStatus",
        ["Mode"] = "VisitMode",
        ["Sex"] = "Sex",
        ["Position"] = "PersonPosition",
        ["Funding"] = "FundingSource",
        ["LegalForm"] = "LegalForm",
        ["SalesBand"] = "SalesBand",
        ["ReviewState"] = "ReviewState",
        ["Kind"] = "CertificateKind",
        ["Level"] = "CertificationLevel",
    };

    private static readonly string[] AmountSuffixes = ["Rupiah", "Percent", "Cost", "Collected", "Contribution", "Paid", "Value", "Minutes", "Weeks"];

    public static string Record(IStringLocalizer text, string entityType)
    {
        var label = text["RecordType." + entityType];
        return label.ResourceNotFound ? entityType : label.Value;
    }

    public static string Field(IStringLocalizer text, string entityType, string field)
    {
        var own = text[$"{entityType}.{field}"];
        if (!own.ResourceNotFound)
        {
            return own.Value;
        }
        var shared = text["AuditField." + field];
        return shared.ResourceNotFound ? field : shared.Value;
    }

    public static string Value(IStringLocalizer text, string entityType, string field, string? value)
    {
        if (value is null)
        {
            return "–";
        }
        if (value is "True" or "False")
        {
            return text[value == "True" ? "Common.Yes" : "Common.No"].Value;
        }
        if (ChoiceOf.TryGetValue($"{entityType}.{field}", out var choice) || ChoiceOf.TryGetValue(field, out choice))
        {
            var named = text[$"{choice}.{value}"];
            return named.ResourceNotFound ? value : named.Value;
        }
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Display.Date(date);
        }
        if (value.EndsWith('Z') && DateTimeOffset.TryParseExact(value, "yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return Display.DateTime(moment);
        }
        // Amounts and measures read as numbers; other digits (ids, phone numbers, NIB) stay as they are.
        if ((value.Contains('.', StringComparison.Ordinal) || AmountSuffixes.Any(field.EndsWith)) && decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return amount.ToString("#,0.####", CultureInfo.CurrentCulture);
        }
        return value;
    }
}
