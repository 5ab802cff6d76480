using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Score.Tests.Infrastructure;
using Score.Web.Localization;

namespace Score.Tests.Foundation;

public sealed partial class LanguageTests(ScoreApp app) : AppTest(app)
{
    [Fact]
    public async Task Indonesian_is_the_default_even_when_the_browser_asks_for_English()
    {
        using var browser = App.CreateBrowserClient();
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await browser.GetPageAsync("/account/login");

        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("Masuk ke Score", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_changes_html_lang_and_the_strings_and_is_remembered()
    {
        using var browser = App.CreateBrowserClient();

        var english = await browser.GetAsync("/account/login?culture=en&ui-culture=en");
        var englishHtml = await english.Content.ReadAsStringAsync();
        var next = await browser.GetPageAsync("/account/login");
        var back = await browser.GetPageAsync("/account/login?culture=id&ui-culture=id");

        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Sign in to Score", englishHtml, StringComparison.Ordinal);
        Assert.Contains(english.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\">", next, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\">", back, StringComparison.Ordinal);
        Assert.Contains("Masuk ke Score", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standard_culture_cookie_is_honoured()
    {
        using var browser = App.CreateBrowserClient();
        browser.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        Assert.Contains("<html lang=\"en\">", await browser.GetPageAsync("/account/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_messages_follow_the_language()
    {
        using var browser = App.CreateBrowserClient();
        await browser.GetAsync("/account/login?culture=en&ui-culture=en");

        var response = await browser.PostFormAsync("/account/login", "/account/login", Form(("Email", ""), ("Password", "")));

        Assert.Contains("Email is required.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_numbers_and_rupiah_use_indonesian_formats_under_indonesian()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Create(Cultures.Indonesian);
            Assert.Equal("Rp 1.234.567", Display.Rupiah(1_234_567m));
            Assert.Equal("27/11/2026", Display.Date(new DateOnly(2026, 11, 27)));
            Assert.Equal("34.900", Display.Number(34_900));
            Assert.Equal("74,5", Display.Number(74.5m, 1));

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Create(Cultures.English);
            Assert.Equal("IDR 1,234,567", Display.Rupiah(1_234_567m));
            Assert.Equal("27 Nov 2026", Display.Date(new DateOnly(2026, 11, 27)));
            Assert.Equal("34,900", Display.Number(34_900));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Both_languages_have_the_same_strings_and_none_is_empty()
    {
        var english = ReadResx("en");
        var indonesian = ReadResx("id");

        Assert.Empty(english.Keys.Except(indonesian.Keys));
        Assert.Empty(indonesian.Keys.Except(english.Keys));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(indonesian, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void The_figures_page_states_each_rule_in_the_words_the_dashboard_shows_in_both_languages()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "figures.md"));
        var rules = ReadResx("en").Where(e => e.Key.StartsWith("Dashboard.Rule.", StringComparison.Ordinal)).Select(e => e.Key).ToList();

        Assert.True(rules.Count >= 9, $"Only {rules.Count} rules found.");
        foreach (var language in new[] { "en", "id" })
        {
            var texts = ReadResx(language);
            Assert.All(rules, key => Assert.True(page.Contains(texts[key], StringComparison.Ordinal), $"docs/figures.md lacks the {language} text of {key}: {texts[key]}"));
        }
    }

    [Fact]
    public void Every_string_the_code_asks_for_exists_in_both_languages()
    {
        var keys = ReadResx("en").Keys.ToHashSet();
        var sourceRoot = Path.Combine(RepositoryRoot(), "src", "Score.Web");
        var used = Directory.EnumerateFiles(sourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith('.')) // a prefix completed at run time, checked below
            .ToHashSet();
        used.UnionWith(Score.Web.Domain.Roles.All.Select(r => "Role." + r));
        foreach (var type in new[] { typeof(Score.Web.Domain.LegalForm), typeof(Score.Web.Domain.EnterpriseStatus), typeof(Score.Web.Domain.SizeClass),
                     typeof(Score.Web.Domain.SalesBand), typeof(Score.Web.Domain.Sex), typeof(Score.Web.Domain.PersonPosition), typeof(Score.Web.Domain.CertificationLevel),
                     typeof(Score.Web.Domain.TrainingStatus), typeof(Score.Web.Domain.FundingSource),
                     typeof(Score.Web.Domain.VisitMode), typeof(Score.Web.Domain.ActionStatus), typeof(Score.Web.Domain.CertificateKind) })
        {
            used.UnionWith(Enum.GetNames(type).Select(n => type.Name + "." + n));
        }
        used.UnionWith(["Enterprise.Created", "Enterprise.Saved"]);
        used.UnionWith(Enum.GetValues<Score.Web.Domain.KpiCheck.Problem>()
            .Where(p => p != Score.Web.Domain.KpiCheck.Problem.None).Select(p => "Kpi." + p));
        used.UnionWith(typeof(LocalizedIdentityErrorDescriber).GetMethods()
            .Where(m => m.DeclaringType == typeof(LocalizedIdentityErrorDescriber) && m.ReturnType == typeof(Microsoft.AspNetCore.Identity.IdentityError)
                        && m.Name is not ("DuplicateUserName" or "InvalidUserName"))
            .Select(m => "Identity." + m.Name));

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(k => !keys.Contains(k)).Order());
    }

    [GeneratedRegex(""""(?:\bL|\btext|Localizer)\["(?<key>[A-Za-z0-9_.]+)"|BothLanguages\.Get\("(?<key>[A-Za-z0-9_.]+)"|(?:ErrorMessage|Name) = "(?<key>[A-Z][A-Za-z]+\.[A-Za-z0-9_.]+)"|"(?<key>Error\.[0-9A-Za-z]+\.(?:Title|Message))"""")]
    private static partial Regex UsedKey();

    [Fact]
    public void Every_lookup_passes_as_many_values_as_its_string_has_placeholders()
    {
        var english = ReadResx("en");
        var indonesian = ReadResx("id");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Score.Web"), "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match lookup in Lookup().Matches(source))
            {
                var key = lookup.Groups["key"].Value;
                if (!english.TryGetValue(key, out var text))
                {
                    continue;
                }
                var arguments = ArgumentsAfter(source, lookup.Index + lookup.Length + 1);
                var expected = Math.Max(Placeholders(text), Placeholders(indonesian[key]));
                if (arguments != expected)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {key} gets {arguments} values, has {expected} placeholders");
                }
            }
        }
        Assert.Empty(wrong);
    }

    /// <summary>Top-level commas up to the bracket that closes the lookup: how many values follow the key.</summary>
    private static int ArgumentsAfter(string source, int position)
    {
        int depth = 0, commas = 0;
        var inString = false;
        for (var i = position; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"' && source[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (inString)
            {
                continue;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth-- == 0)
                {
                    return commas;
                }
            }
            else if (c == ',' && depth == 0)
            {
                commas++;
            }
        }
        return commas;
    }

    private static int Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    /// <summary>A lookup up to the quote that closes its key.</summary>
    [GeneratedRegex(""""(?:\bL|\btext|Localizer)\["(?<key>[A-Za-z0-9_.]+)(?=")"""")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> ReadResx(string language) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Score.Web", "Resources", $"SharedResource.{language}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Score.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Score.sln not found above " + AppContext.BaseDirectory);
    }
}
