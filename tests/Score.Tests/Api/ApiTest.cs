using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;

namespace Score.Tests.Api;

/// <summary>Tokens made the way users make them, and clients that call the API with them.</summary>
public abstract partial class ApiTest(ScoreApp app) : DeliveredTrainingTest(app)
{
    [GeneratedRegex("data-testid=\"new-token-value\" value=\"(score_[A-Za-z0-9_-]+)\"|value=\"(score_[A-Za-z0-9_-]+)\"[^>]*data-testid=\"new-token-value\"")]
    private static partial Regex NewToken();

    /// <summary>A token made the way a user makes one: on /account/tokens, read once from the answer.</summary>
    protected async Task<string> TokenAsync(string email, bool write = false, TestBrowser? signedIn = null)
    {
        var browser = signedIn ?? await AsAsync(email);
        var page = await browser.PostFormAsync("/account/tokens", "/account/tokens",
            new Dictionary<string, string> { ["Name"] = "Power BI", ["Days"] = "90", ["CanWrite"] = write ? "true" : "false" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var match = NewToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The new token is shown once on the page.");
        if (signedIn is null)
        {
            browser.Dispose();
        }
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    protected HttpClient Api(string token, string language = "id")
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    protected static object NewEnterprise(string name) => new
    {
        name, sectorId = 1, provinceCode = "33", regencyCode = "33.74", workersWomen = 4, workersMen = 6, salesBand = "UpTo2Billion", legalForm = "Cv",
    };
}
