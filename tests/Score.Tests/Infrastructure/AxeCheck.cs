using System.Text.Json;
using Microsoft.Playwright;

namespace Score.Tests.Infrastructure;

/// <summary>
/// axe-core run in the page itself: its script added once a page, and only violations asked for. The Deque runner
/// opens a second page for every run to finish it; over a crawl of hundreds of pages that was most of the time.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
                           ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The serious and critical violations on the page as "rule (impact) at selectors".</summary>
    public static async Task<IReadOnlyList<string>> SeriousAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
        var found = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + ') at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
            }
            """);
        return [.. found.EnumerateArray().Select(v => v.GetString()!)];
    }
}
