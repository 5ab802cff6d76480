using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Score.Web.Localization;

/// <summary>
/// The app's strings, each looked up once per language and then kept: a page asks for about a hundred, and every
/// lookup through the resource manager takes a lock that concurrent requests queue on.
/// </summary>
public sealed class CachedLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer resources = factory.Create(typeof(SharedResource));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> kept = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (kept.TryGetValue(key, out var text))
            {
                return text;
            }
            text = resources[name];
            // Only strings that exist are kept, so that names made from input cannot grow the cache.
            return text.ResourceNotFound ? text : kept.GetOrAdd(key, text);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            // Formatted as the resource manager's localizer formats: with the current culture.
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
