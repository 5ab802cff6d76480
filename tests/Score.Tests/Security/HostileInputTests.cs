using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Web.DemoData;

namespace Score.Tests.Security;

/// <summary>The demo data, for a sweep that walks every page a role can reach and posts its forms with hostile values.</summary>
public sealed class DemoApp : ScoreApp
{
    /// <summary>Empties the database and loads the demo data afresh: one role's sweep may delete or deactivate what another's needs.</summary>
    public async Task LoadDemoDataAsync()
    {
        await ResetAsync();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().LoadAsync();
    }
}

/// <summary>
/// Every form of every role, posted with values an attacker or a slip of the hand would send:
/// nothing may answer 5xx, and nothing posted may come back unencoded.
/// </summary>
public sealed partial class HostileInputTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Script = "<script>alert('score')</script>";

    private static readonly string[] HostileValues =
    [
        "",
        new string('x', 5000),
        "Nama\0dengan NUL",
        "\u0001\u001b[31m",
        "99999999999999999999999999",
        "-2147483649",
        "1e308",
        "9999-99-99",
        "0001-01-01",
        Script,
        "' OR 1=1; DROP TABLE enterprises; --",
        "Ñoño 日本語 العربية 😀",
    ];

    /// <summary>Values that pass a form's own checks more often than not, and may still not fit the column behind it.</summary>
    private static readonly string[] OneFieldValues = ["99999999999999999999999", "-99999999999999999999999", new string('9', 5000), "9".PadLeft(19, '9') + ".99"];

    /// <summary>Forms whose effect would end the sweep's own session.</summary>
    private static readonly string[] SkippedActions = ["/account/logout"];

    private readonly HtmlParser parser = new();

    /// <summary>Every address the last crawl opened.</summary>
    private readonly List<string> visited = [];

    [Theory]
    [InlineData("staff.bedo@score.test")]
    [InlineData("trainer.bedo@score.test")]
    [InlineData("viewer@score.test")]
    [InlineData("admin@score.test")]
    public async Task Every_form_of_a_role_survives_hostile_values_without_a_server_error_or_a_raw_echo(string email)
    {
        await app.LoadDemoDataAsync();
        using var browser = new TestBrowser(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, DemoDataSeeder.Password)).StatusCode);
        var (pages, forms, deadLinks) = await CrawlAsync(browser);
        Assert.True(deadLinks.Count == 0, "Links this role is shown but cannot follow:\n" + string.Join("\n", deadLinks));
        var token = TestBrowser.TokenIn(await browser.GetPageAsync("/"));
        var failures = new List<string>();
        var posts = 0;

        foreach (var form in forms)
        {
            foreach (var value in HostileValues)
            {
                // Once with every field hostile, once with hidden fields and choices as the page gave them.
                foreach (var keepChoices in new[] { false, true })
                {
                    var fields = form.Fields.ToDictionary(f => f.Name, f => keepChoices && !f.IsTyped ? f.Value : value);
                    var response = form.IsPost
                        ? await browser.PostWithTokenAsync(form.Action, fields, token)
                        : await browser.GetAsync(form.Action + "?" + string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));
                    posts++;
                    await CheckAsync(response, $"{(form.IsPost ? "POST" : "GET")} {form.Action} [{Describe(value)}{(keepChoices ? ", choices kept" : "")}]", failures);
                }
            }
        }
        // Then one field at a time in forms that come filled in (edit forms), so that no other
        // field's error stops the value before it reaches the database.
        foreach (var form in forms.Where(f => f.IsPost && f.Fields.Any(x => x.IsTyped && x.Value.Length > 0)))
        {
            foreach (var field in form.Fields.Where(f => f.IsTyped))
            {
                foreach (var value in OneFieldValues)
                {
                    var fields = form.Fields.ToDictionary(f => f.Name, f => f.Name == field.Name ? value : f.Value);
                    posts++;
                    await CheckAsync(await browser.PostWithTokenAsync(form.Action, fields, token), $"POST {form.Action} [{field.Name} = {Describe(value)}]", failures);
                }
            }
        }
        foreach (var url in new[] { "/enterprises?page=999999999", "/trainings?page=999999999", "/enterprises?page=-5&sort=%00", "/users?page=2147483647" })
        {
            await CheckAsync(await browser.GetAsync(url), "GET " + url, failures);
        }

        Assert.True(pages >= 5 && forms.Count >= 3, $"The sweep reached too little: {pages} pages, {forms.Count} forms.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {posts} hostile requests failed:\n" + string.Join("\n", failures.Distinct().Take(200)));
    }

    [Theory]
    [InlineData("staff.smi@score.test")]
    [InlineData("trainer.smi@score.test")]
    public async Task Another_partners_users_get_404_for_every_page_and_form_of_bedos_records(string outsider)
    {
        await app.LoadDemoDataAsync();
        using var owner = new TestBrowser(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync("staff.bedo@score.test", DemoDataSeeder.Password)).StatusCode);
        var (_, forms, _) = await CrawlAsync(owner);
        var pages = visited.Where(url => PartnerOwned().IsMatch(url)).ToList();
        var posts = forms.Where(f => f.IsPost && PartnerOwned().IsMatch(f.Action)).ToList();
        using var other = new TestBrowser(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync(outsider, DemoDataSeeder.Password)).StatusCode);
        var token = TestBrowser.TokenIn(await other.GetPageAsync("/"));
        var leaks = new List<string>();

        // 404 for another partner's record; 403 only where the outsider's role has no access to the feature at all (a trainer and the trainer roster).
        static bool Refused(HttpResponseMessage r) => r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden;
        foreach (var url in pages)
        {
            var response = await other.GetAsync(url);
            if (!Refused(response))
            {
                leaks.Add($"GET {url} answered {(int)response.StatusCode}");
            }
        }
        foreach (var form in posts)
        {
            var response = await other.PostWithTokenAsync(form.Action, form.Fields.ToDictionary(f => f.Name, f => f.Value), token);
            if (!Refused(response))
            {
                leaks.Add($"POST {form.Action} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(pages.Count >= 10 && posts.Count >= 5, $"Too little to replay: {pages.Count} pages, {posts.Count} forms.");
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {pages.Count + posts.Count} of BEDO's addresses answered {outsider} with something else than 404 or 403:\n" + string.Join("\n", leaks));
    }

    /// <summary>Addresses of one partner's records: its enterprises, trainings, certificates and trainers.</summary>
    [GeneratedRegex(@"^/(enterprises|trainings|certificates|trainers)/\d+")]
    private static partial Regex PartnerOwned();

    private static async Task CheckAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{(int)response.StatusCode} {what}");
            return;
        }
        var body = await response.Content.ReadAsStringAsync();
        if (body.Contains(Script, StringComparison.Ordinal))
        {
            failures.Add($"raw echo {what}");
        }
    }

    private static string Describe(string value) =>
        value.Length > 30 ? $"{value.Length} chars" : Regex.Escape(value);

    private sealed record Field(string Name, string Value, bool IsTyped);

    private sealed record FoundForm(string Action, bool IsPost, IReadOnlyList<Field> Fields);

    /// <summary>Follows the links of a role from its home page: at most two pages of each shape of address (ids stripped).</summary>
    private async Task<(int Pages, List<FoundForm> Forms, List<string> DeadLinks)> CrawlAsync(TestBrowser browser)
    {
        var dead = new List<string>();
        var linkedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, FoundForm>(StringComparer.Ordinal);
        var pages = 0;
        while (queue.Count > 0 && pages < 150)
        {
            var url = queue.Dequeue();
            visited.Add(url);
            var response = await browser.GetAsync(url);
            pages++;
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} GET {url}");
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                dead.Add($"{(int)response.StatusCode} {url} (linked from {linkedFrom.GetValueOrDefault(url, "?")})");
            }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || !seen.Add(href.Split('#')[0]))
                {
                    continue;
                }
                var shape = Shape(href);
                perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
                if (perShape[shape] <= 2)
                {
                    queue.Enqueue(href.Split('#')[0]);
                    linkedFrom[href.Split('#')[0]] = url;
                }
            }
            foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                action = action.Split('#')[0];
                var isPost = string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase);
                if (!action.StartsWith('/') || SkippedActions.Any(s => action.StartsWith(s, StringComparison.Ordinal)))
                {
                    continue;
                }
                if (!isPost)
                {
                    action = action.Split('?')[0];
                }
                var key = (isPost ? "POST " : "GET ") + Shape(action);
                if (!forms.ContainsKey(key))
                {
                    forms[key] = new FoundForm(action, isPost, FieldsOf(form));
                }
            }
        }
        return (pages, forms.Values.ToList(), dead);
    }

    private static List<Field> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken" || fields.ContainsKey(name))
            {
                continue;
            }
            fields[name] = element switch
            {
                IHtmlInputElement input => new Field(name, input.Value, input.Type is "text" or "number" or "date" or "email" or "tel" or "search" or "password" or "time"),
                IHtmlTextAreaElement area => new Field(name, area.Value, true),
                IHtmlSelectElement select => new Field(name, select.Value ?? "", false),
                _ => new Field(name, element.GetAttribute("value") ?? "", false),
            };
        }
        return [.. fields.Values];
    }

    private static string Shape(string url) => Digits().Replace(url.Split('?')[0], "{n}");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
