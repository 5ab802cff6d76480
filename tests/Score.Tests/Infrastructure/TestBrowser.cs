using System.Net;
using System.Text.RegularExpressions;

namespace Score.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser's forms: it keeps cookies and sends the antiforgery token.</summary>
public sealed partial class TestBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var page = await GetAsync(formPageUrl);
        var html = await page.Content.ReadAsStringAsync();
        // Like a browser, send the version the form was loaded with unless the test says otherwise.
        if (!fields.ContainsKey("Version") && VersionPattern().Match(html) is { Success: true } version)
        {
            fields = new Dictionary<string, string>(fields) { ["Version"] = version.Groups[1].Value };
        }
        return await PostWithTokenAsync(postUrl, fields, TokenIn(html));
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    public async Task<HttpResponseMessage> PostWithTokenAsync(string postUrl, IDictionary<string, string> fields, string? token)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }
        using var content = new FormUrlEncodedContent(all);
        return await Client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    /// <summary>Uploads a file through a multipart form, with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPageUrl, string postUrl, string fileName, byte[] content, IDictionary<string, string>? fields = null)
    {
        var token = TokenIn(await (await GetAsync(formPageUrl)).Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }
        return await Client.PostAsync(new Uri(postUrl, UriKind.Relative), form);
    }

    public async Task<byte[]> DownloadAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = ScoreApp.Password) =>
        await PostFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });

    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token on the page: " + html[..Math.Min(html.Length, 3000)]);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => Client.Dispose();
}
