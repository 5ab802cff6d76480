using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;

namespace Score.Tests.Browser;

/// <summary>
/// Every page a role reaches by following links, on a 390 px phone: none may scroll sideways, and
/// axe-core may find nothing serious or critical. One page of each shape of address (ids stripped).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class PhoneCrawlBrowserTests(BrowserFixture fixture)
{
    private const int MaxPages = 40;

    [Theory]
    [InlineData("staff.bedo@score.test", "id")]
    [InlineData("staff.bedo@score.test", "en")]
    [InlineData("trainer.bedo@score.test", "id")]
    [InlineData("viewer@score.test", "id")]
    [InlineData("admin@score.test", "id")]
    public async Task No_page_a_role_reaches_scrolls_sideways_on_a_phone_or_has_a_serious_accessibility_fault(string email, string culture)
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        // Forty pages with an accessibility run each on a busy 2-core machine: one slow page is not a failure.
        page.SetDefaultTimeout(30_000);
        await BrowserFixture.SignInAsync(page, email);
        await page.GotoAsync($"/?culture={culture}&ui-culture={culture}");
        var queue = new Queue<string>(["/"]);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;

        while (queue.Count > 0 && visited < MaxPages)
        {
            var url = queue.Dequeue();
            IResponse? response;
            try
            {
                response = await page.GotoAsync(url);
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue; // A file, not a page.
            }
            if (response is null || response.Status != 200 || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }
            visited++;
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0)
            {
                problems.Add($"{url}: {overflow} px too wide");
            }
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href^='/']", "links => links.map(a => a.getAttribute('href'))"))
            {
                var path = href.Split('#')[0];
                // The API reference (/api/docs) is Scalar's page for developers, not ours: its own contrast and lang faults are noted, not crawled.
                if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || path.Contains("culture=", StringComparison.Ordinal)
                    || path.StartsWith("/api/", StringComparison.Ordinal)
                    || Regex.IsMatch(path, @"\.(pdf|zip|csv|xlsx)$|/(pdf|export|template)(\?|$)|format=", RegexOptions.IgnoreCase))
                {
                    continue;
                }
                if (shapes.Add(Digits().Replace(path.Split('?')[0], "{n}")))
                {
                    queue.Enqueue(path);
                }
            }
        }

        Console.WriteLine($"Crawl for {email} ({culture}): {visited} pages, {shapes.Count} shapes of address seen");
        Assert.True(visited >= 5, $"The crawl reached only {visited} pages.");
        Assert.True(problems.Count == 0, $"{problems.Count} problems on {visited} pages for {email} ({culture}):\n" + string.Join("\n", problems.Distinct()));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
