using System.IO.Compression;
using System.Net;
using Score.Tests.Infrastructure;

namespace Score.Tests.Foundation;

/// <summary>What a phone downloads: pages, styles and scripts compressed; our versioned files cached for a year, the service worker never.</summary>
public sealed class DeliveryTests(ScoreApp app) : AppTest(app)
{
    private async Task<HttpResponseMessage> GetAsync(string url, string encoding)
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_page_comes_brotli_compressed_and_reads_back_whole()
    {
        var page = await GetAsync("/account/login", "br");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["br"], page.Content.Headers.ContentEncoding);
        var compressed = await page.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var html = await new StreamReader(brotli).ReadToEndAsync();
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        Assert.True(compressed.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(html), $"{compressed.Length} bytes compressed of {html.Length}.");
    }

    [Fact]
    public async Task Styles_and_scripts_come_gzipped_versioned_ones_cached_for_a_year_and_the_service_worker_revalidated()
    {
        var css = await GetAsync("/css/site.css?v=abc", "gzip");
        var script = await GetAsync("/js/outbox.js", "gzip");
        var worker = await GetAsync("/sw.js", "gzip");
        var bootstrap = await GetAsync("/lib/bootstrap/css/bootstrap.min.css", "br");

        Assert.Equal(["gzip"], css.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
        Assert.Equal(["gzip"], script.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=604800", script.Headers.CacheControl?.ToString());
        Assert.True(worker.Headers.CacheControl?.NoCache);
        Assert.Equal(["br"], bootstrap.Content.Headers.ContentEncoding);
        var sent = (await bootstrap.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(sent < 60_000, $"Bootstrap's 230 KB stylesheet travels in {sent} bytes.");
    }
}
