using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Domain;

namespace Score.Tests.Security;

/// <summary>Uploads, exports, sessions and sign-in as an attacker would try them.</summary>
public sealed partial class SecurityTests(SecurityTests.CountingApp app) : RegistryTest(app), IClassFixture<SecurityTests.CountingApp>
{
    /// <summary>The app with a password hasher that counts its checks, to see which sign-ins do the work of one.</summary>
    public sealed class CountingApp : ScoreApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<ApplicationUser>, CountingHasher>());
        }
    }

    public sealed class CountingHasher : PasswordHasher<ApplicationUser>
    {
        private static int checks;

        public static int Checks => Volatile.Read(ref checks);

        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestBrowser browser, string fileName, byte[] content) =>
        await browser.PostFileAsync("/enterprises/import", "/enterprises/import", fileName, content);

    /// <summary>Runs the request while sampling the process's memory; answers the response and the growth above the start.</summary>
    private static async Task<(HttpResponseMessage Response, long GrowthBytes)> MeasuredAsync(Func<Task<HttpResponseMessage>> request)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Environment.WorkingSet;
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(10);
            }
        });
        var response = await request();
        await done.CancelAsync();
        await sampler;
        return (response, Math.Max(peak, Environment.WorkingSet) - before);
    }

    /// <summary>A minimal workbook of one sheet, with a shared-strings part of the given size (one string of 'A' repeated).</summary>
    private static byte[] Workbook(string sheetData, long sharedStringBytes = 1)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(content);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Add("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + sheetData + "</worksheet>");
            using var strings = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open());
            strings.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
            var block = new string('A', (int)Math.Min(sharedStringBytes, 1 << 20));
            for (long written = 0; written < sharedStringBytes; written += block.Length)
            {
                strings.Write(block);
            }
            strings.Write("</t></si></sst>");
        }
        return buffer.ToArray();
    }

    /// <summary>A workbook of under a megabyte whose shared string unpacks to far more.</summary>
    private static byte[] ZipBomb(long unpackedBytes) =>
        Workbook("""<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData>""", unpackedBytes);

    /// <summary>A small workbook that says it is sixteen thousand columns wide and fills the last one: each row would become that many cells.</summary>
    private static byte[] WideSheet() =>
        Workbook("""<dimension ref="A1:XFD300"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama perusahaan</t></is></c></row>"""
                 + string.Concat(Enumerable.Range(2, 299).Select(n => $"""<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>CV {n}</t></is></c><c r="XFD{n}"><v>1</v></c></row>"""))
                 + "</sheetData>");

    [Fact]
    public async Task A_zip_bomb_disguised_as_a_workbook_is_refused_quickly_without_taking_memory()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var bomb = ZipBomb(unpackedBytes: 400L * 1024 * 1024);
        Assert.InRange(bomb.Length, 1, 1024 * 1024);

        var (response, growth) = await MeasuredAsync(() => UploadAsync(bedo, "enterprises.xlsx", bomb));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ini memuat lebih dari yang dapat diimpor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(growth < 100 * 1024 * 1024, $"The app's memory grew by {growth / 1024 / 1024} MB reading a {bomb.Length / 1024} KB upload.");
        Assert.False(await App.WithDbAsync(db => db.ImportBatches.AnyAsync()));
    }

    [Fact]
    public async Task A_workbook_declaring_sixteen_thousand_columns_is_refused()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var (response, growth) = await MeasuredAsync(() => UploadAsync(bedo, "enterprises.xlsx", WideSheet()));

        Assert.Contains("Berkas ini memuat lebih dari yang dapat diimpor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(growth < 100 * 1024 * 1024, $"The app's memory grew by {growth / 1024 / 1024} MB.");
    }

    [Fact]
    public async Task A_csv_line_wider_than_any_import_is_refused()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");
        var header = "Nama perusahaan / Enterprise name" + new string(',', 300_000);

        var response = await UploadAsync(bedo, "enterprises.csv", Encoding.UTF8.GetBytes(header + "\r\nCV A\r\n"));

        Assert.Contains("Berkas ini memuat lebih dari yang dapat diimpor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_file_too_large_not_a_server_error()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await UploadAsync(bedo, "enterprises.xlsx", new byte[20 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Berkas terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task A_formula_exports_neutralised_and_imports_back_unchanged(string format)
    {
        const string formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, formula);
        await App.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterprise.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OwnerName, "@SUM(1+1)*cmd|' /C calc'!A0").SetProperty(e => e.Phone, "+62 812 555")));
        using var bedo = await AsAsync("staff.bedo@score.test");

        var exported = await bedo.DownloadAsync($"/enterprises/export?format={format}");

        var cells = format == "csv"
            ? Encoding.UTF8.GetString(exported).Split('\n').Skip(1).SelectMany(CsvCells).ToList()
            : MiniExcel.Query(new MemoryStream(exported), useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .SelectMany(row => row.Values.OfType<string>()).ToList();
        Assert.Contains("'" + formula, cells);
        Assert.Contains("'+62 812 555", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');

        var preview = await bedo.PostFileAsync("/enterprises/import", "/enterprises/import", "export." + format, exported);
        var html = await preview.Content.ReadAsStringAsync();
        var commit = CommitPattern().Match(html);
        Assert.True(commit.Success, "No preview to confirm: " + html[..Math.Min(html.Length, 2000)]);
        await bedo.PostWithTokenAsync(commit.Groups[1].Value, Form(), TestBrowser.TokenIn(html));
        var saved = await App.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == enterprise.Id));
        Assert.Equal((formula, "@SUM(1+1)*cmd|' /C calc'!A0", "+62 812 555"), (saved.Name, saved.OwnerName, saved.Phone));
    }

    [GeneratedRegex("action=\"(/enterprises/import/[0-9a-f-]{36}/commit)\"")]
    private static partial Regex CommitPattern();

    /// <summary>The cells of one CSV line (quoted fields with doubled quotes).</summary>
    private static IEnumerable<string> CsvCells(string line)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.TrimEnd('\r').Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        yield return cell.ToString();
    }

    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Auth=", StringComparison.Ordinal)).Split(';')[0];

    private async Task<HttpStatusCode> HomeWithCookieAsync(string cookie)
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_sign_out_opens_nothing_after_it()
    {
        using var bedo = App.CreateBrowserClient();
        var copied = AuthCookie(await bedo.SignInAsync("staff.bedo@score.test"));
        Assert.Equal(HttpStatusCode.OK, await HomeWithCookieAsync(copied));

        var token = TestBrowser.TokenIn(await bedo.GetPageAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await bedo.PostWithTokenAsync("/account/logout", Form(), token)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await HomeWithCookieAsync(copied));
    }

    [Fact]
    public async Task Every_session_of_a_user_ends_when_an_administrator_deactivates_them_or_they_change_their_password()
    {
        using var first = App.CreateBrowserClient();
        var deactivated = AuthCookie(await first.SignInAsync("staff.smi@score.test"));
        using var second = App.CreateBrowserClient();
        var changed = AuthCookie(await second.SignInAsync("staff.bedo@score.test"));
        using var admin = await AsAsync("admin@score.test");
        var smi = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "staff.smi@score.test").Select(u => u.Id).SingleAsync());

        var page = await admin.GetPageAsync($"/users/{smi}/edit");
        await admin.PostWithTokenAsync($"/users/{smi}/deactivate", Form(), TestBrowser.TokenIn(page));
        var form = await second.GetPageAsync("/account/change-password");
        var change = await second.PostWithTokenAsync("/account/change-password", Form(
            ("CurrentPassword", ScoreApp.Password), ("NewPassword", "Another-Password-2026"), ("ConfirmPassword", "Another-Password-2026")), TestBrowser.TokenIn(form));

        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Id == smi).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await HomeWithCookieAsync(deactivated));
        Assert.Equal(HttpStatusCode.Redirect, await HomeWithCookieAsync(changed));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_over_https_and_keeps_same_site()
    {
        using var https = new TestBrowser(App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        using var http = App.CreateBrowserClient();

        var overHttps = (await https.SignInAsync("staff.bedo@score.test")).Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Auth=", StringComparison.Ordinal));
        var overHttp = (await http.SignInAsync("staff.bedo@score.test")).Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Auth=", StringComparison.Ordinal));

        Assert.Contains("secure", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", overHttp, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_on_this_machine_the_cookies_are_secure()
    {
        var server = new ScoreServer();
        await server.InitializeAsync();
        try
        {
            await SignInThroughProxyAsync(server);
        }
        finally
        {
            // The fixture's own disposal: it also drops the database it made.
            await ((IAsyncLifetime)server).DisposeAsync();
        }
    }

    private static async Task SignInThroughProxyAsync(ScoreServer server)
    {
        await server.CreateUserAsync("proxied@score.test", Roles.ProgrammeViewer);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = server.ServerAddress };

        async Task<string> SignInCookieAsync(bool forwardedHttps)
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            if (forwardedHttps)
            {
                page.Headers.Add("X-Forwarded-Proto", "https");
            }
            var form = await client.SendAsync(page);
            var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Antiforgery=", StringComparison.Ordinal));
            using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = "proxied@score.test",
                    ["Password"] = ScoreApp.Password,
                    ["__RequestVerificationToken"] = TestBrowser.TokenIn(await form.Content.ReadAsStringAsync()),
                }),
            };
            post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
            if (forwardedHttps)
            {
                post.Headers.Add("X-Forwarded-Proto", "https");
                Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
            }
            var signedIn = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Score.Auth=", StringComparison.Ordinal));
        }

        Assert.Contains("secure", await SignInCookieAsync(forwardedHttps: true), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await SignInCookieAsync(forwardedHttps: false), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Production_asks_browsers_to_keep_to_https_and_other_environments_do_not()
    {
        await using var production = new AppOnDatabase(App.DatabaseName, "Production");
        // HSTS is never sent to localhost, so the requests name a real host.
        using var overHttps = production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://score.example") });
        using var overHttpsHere = App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://score.example") });

        var strict = await overHttps.GetAsync(new Uri("/account/login", UriKind.Relative));
        var here = await overHttpsHere.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.True(strict.Headers.Contains("Strict-Transport-Security"), "No HSTS header in Production.");
        Assert.False(here.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_inside_a_trusted_network_is_believed_about_https_and_one_outside_it_is_not()
    {
        await using var behindProxies = new AppOnDatabase(App.DatabaseName, configure: b => b.UseSetting("Score:TrustedProxies", "10.20.0.0/16, 192.168.7.7"));

        async Task<bool> SecureCookieFromAsync(string proxy)
        {
            var context = await behindProxies.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = "/account/login";
                c.Request.Headers["X-Forwarded-Proto"] = "https";
                c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(proxy);
            });
            Assert.Equal(200, context.Response.StatusCode);
            return context.Response.Headers.SetCookie.Any(c => c!.StartsWith(".Score.Antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(await SecureCookieFromAsync("10.20.3.4"));
        Assert.True(await SecureCookieFromAsync("192.168.7.7"));
        Assert.False(await SecureCookieFromAsync("10.21.3.4"));
    }

    private static string SignInMessage(string html) => SignInError().Match(html).Groups[1].Value.Trim();

    [GeneratedRegex("data-testid=\"login-error\"[^>]*>\\s*<ul>\\s*<li>([^<]*)</li>")]
    private static partial Regex SignInError();

    [Fact]
    public async Task Unknown_account_wrong_password_and_locked_account_get_the_same_answer_after_the_same_work()
    {
        using var browser = App.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("admin@score.test", "Wrong-Password-" + i);
        }
        await App.WithDbAsync(db => db.SignInFailures.ExecuteDeleteAsync());

        async Task<(string Message, int Hashes)> TryAsync(string email, string password)
        {
            var before = CountingHasher.Checks;
            var html = await (await browser.SignInAsync(email, password)).Content.ReadAsStringAsync();
            return (SignInMessage(html), CountingHasher.Checks - before);
        }
        var unknown = await TryAsync("nobody@score.test", "Wrong-Password-1");
        var wrong = await TryAsync("viewer@score.test", "Wrong-Password-1");
        var locked = await TryAsync("admin@score.test", ScoreApp.Password);

        Assert.StartsWith("Email atau kata sandi tidak benar", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(unknown.Message, wrong.Message);
        Assert.Equal(unknown.Message, locked.Message);
        Assert.Equal((1, 1, 1), (unknown.Hashes, wrong.Hashes, locked.Hashes));
    }

    [Fact]
    public async Task An_address_that_keeps_failing_is_made_to_wait_even_for_accounts_it_has_not_tried()
    {
        using var attacker = App.CreateBrowserClient();
        for (var i = 0; i < 10; i++)
        {
            await attacker.SignInAsync($"guess{i}@score.test", "Wrong-Password-1");
        }

        var blocked = await attacker.SignInAsync("viewer@score.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Terlalu banyak percobaan masuk yang gagal dari jaringan ini", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Email == "viewer@score.test").Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task A_viewer_posting_a_broken_form_learns_nothing_from_validation()
    {
        using var viewer = await AsAsync("viewer@score.test");
        var token = TestBrowser.TokenIn(await viewer.GetPageAsync("/"));

        var enterprise = await viewer.PostWithTokenAsync("/enterprises/create", Form(("Name", "")), token);
        var training = await viewer.PostWithTokenAsync("/trainings/create", Form(("Title", "")), token);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (enterprise.StatusCode, training.StatusCode));
    }
}
