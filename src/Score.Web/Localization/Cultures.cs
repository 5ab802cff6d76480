using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Score.Web.Localization;

public static class Cultures
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        // Indonesian: 27/11/2026 and 1.234.567; English for donors: 27 Nov 2026, 1,234,567.
        culture.DateTimeFormat.ShortDatePattern = name == Indonesian ? "dd/MM/yyyy" : "d MMM yyyy";
        return culture;
    }

    public static RequestLocalizationOptions Options()
    {
        CultureInfo[] supported = [Create(Indonesian), Create(English)];
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(supported[0]),
            SupportedCultures = supported,
            SupportedUICultures = supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // Indonesian unless the user chose otherwise: a browser's Accept-Language does not switch it.
        var acceptLanguage = options.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().Single();
        options.RequestCultureProviders = options.RequestCultureProviders
            .Where(p => p is not AcceptLanguageHeaderRequestCultureProvider)
            .ToList();
        // An API client has no language switch: it states its language with Accept-Language.
        options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
            context.Request.Path.StartsWithSegments("/api") ? acceptLanguage.DetermineProviderCultureResult(context) : Task.FromResult<ProviderCultureResult?>(null)));
        return options;
    }

    public static bool IsIndonesian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Indonesian;
}

/// <summary>Remembers a language picked with ?culture=…&amp;ui-culture=… in the standard culture cookie.</summary>
public sealed class PersistCultureChoiceMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.ContainsKey("culture") || context.Request.Query.ContainsKey("ui-culture"))
        {
            var feature = context.Features.Get<IRequestCultureFeature>();
            if (feature?.Provider is QueryStringRequestCultureProvider)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }
        }
        return next(context);
    }
}
