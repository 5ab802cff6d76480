using Score.Web.Localization;

namespace Score.Web.Documents;

/// <summary>
/// A table cell's value, typed so that a page or a PDF shows it in the user's format and a
/// spreadsheet receives the number itself: whole numbers, rupiah, and percentages (null when
/// there was nothing to divide).
/// </summary>
public abstract record Cell
{
    /// <summary>The value as the page and the PDF print it, in the current culture.</summary>
    public abstract string Shown { get; }

    /// <summary>The value a spreadsheet cell holds: a number where there is one, percentages to one decimal.</summary>
    public abstract object? Exported { get; }
}

public sealed record TextCell(string Text) : Cell
{
    public override string Shown => Text;
    public override object? Exported => Text;
}

public sealed record CountCell(int Value) : Cell
{
    public override string Shown => Display.Number(Value);
    public override object? Exported => Value;
}

public sealed record PercentCell(double? Value) : Cell
{
    public override string Shown => Display.Percent(Value);
    public override object? Exported => Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}

/// <summary>A change in percent, signed and to one decimal: +12,5%.</summary>
public sealed record ChangeCell(double? Value) : Cell
{
    public override string Shown => Value is { } v ? (v > 0 ? "+" : "") + Display.Number((decimal)Math.Round(v, 1, MidpointRounding.AwayFromZero), 1) + "%" : "–";
    public override object? Exported => Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}

public sealed record RupiahCell(decimal Value) : Cell
{
    public override string Shown => Display.Rupiah(Value);
    public override object? Exported => Value;
}
