using Microsoft.AspNetCore.Http.Extensions;

namespace Score.Web.Localization;

public static class LanguageSwitch
{
    /// <summary>The current page in another language, through the standard culture query string.</summary>
    public static string UrlFor(HttpRequest request, string culture)
    {
        var query = new QueryBuilder(
            request.Query
                .Where(q => q.Key is not ("culture" or "ui-culture"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "culture", culture },
            { "ui-culture", culture },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    public static bool IsCurrent(string culture) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == culture;
}
