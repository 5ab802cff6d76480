using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Score.Web.Localization;

namespace Score.Rules.Tests.Rules;

public sealed class CachedLocalizerTests
{
    private static readonly CachedLocalizer Text = new(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }

    [Fact]
    public void A_kept_string_still_follows_the_language_asked_for_and_formats_its_arguments()
    {
        Assert.Equal("{0} hasil", In("id", () => Text["Common.ResultCount"].Value));
        Assert.Equal("{0} results", In("en", () => Text["Common.ResultCount"].Value));
        Assert.Equal("{0} hasil", In("id", () => Text["Common.ResultCount"].Value));
        Assert.Equal("1.234 hasil", In("id", () => Text["Common.ResultCount", 1234.ToString("N0", CultureInfo.CurrentCulture)].Value));
        Assert.Equal("7 results", In("en", () => Text["Common.ResultCount", 7].Value));
    }

    [Fact]
    public void An_unknown_name_answers_itself_as_not_found()
    {
        var missing = In("id", () => Text["No.Such.String " + Guid.NewGuid()]);

        Assert.True(missing.ResourceNotFound);
        Assert.StartsWith("No.Such.String", missing.Value, StringComparison.Ordinal);
    }
}
