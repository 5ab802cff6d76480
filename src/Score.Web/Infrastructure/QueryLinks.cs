using Microsoft.AspNetCore.Http.Extensions;

namespace Score.Web.Infrastructure;

/// <summary>Links that keep a list's filters in the URL while changing one of them (page, sort).</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, string key, string? value, string? path = null)
    {
        var query = new QueryBuilder(
            request.Query
                .Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase) && q.Key is not ("culture" or "ui-culture"))
                .SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(q.Key, v!))));
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
        return (path ?? request.Path.ToString()) + query.ToQueryString();
    }
}

public static class Paging
{
    /// <summary>The page to show: a number below 1 is the first page, one past the end the last (never a negative offset).</summary>
    public static int Clamp(int requested, int total, int pageSize) =>
        Math.Clamp(requested, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
