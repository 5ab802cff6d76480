namespace Score.Web.Features.Dashboard;

/// <summary>Horizontal bars drawn as HTML and SVG by the server: no script, legible on a phone.</summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Series, IReadOnlyList<BarItem> Items, bool Percent = false)
{
    public double Max => Math.Max(1, Items.SelectMany(i => i.Values).DefaultIfEmpty(0).Max());
}

public sealed record BarItem(string Label, IReadOnlyList<double> Values, string? Link = null);

/// <summary>Columns over time, one per quarter.</summary>
public sealed record ColumnChart(string Title, IReadOnlyList<(string Label, double Value)> Columns)
{
    public double Max => Math.Max(1, Columns.Select(c => c.Value).DefaultIfEmpty(0).Max());
}
