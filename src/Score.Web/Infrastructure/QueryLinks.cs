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

    /// <summary>
    /// A page read with its count in one query (<paramref name="pageAt"/> returns the rows and the total). Only a
    /// page past the end, where no row carries the total, costs a count and a second read: of the last page. Any
    /// number asked for, however large, becomes an offset the database can take.
    /// </summary>
    public static async Task<(List<T> Rows, int Total, int Page)> ReadAsync<T>(
        int requested, int pageSize, Func<int, Task<(List<T> Rows, int Total)>> pageAt, Func<Task<int>> count)
    {
        var page = Math.Clamp(requested, 1, int.MaxValue / pageSize);
        var (rows, total) = await pageAt(page);
        if (rows.Count == 0 && page > 1)
        {
            total = await count();
            page = Clamp(page, total, pageSize);
            (rows, _) = total == 0 ? ([], 0) : await pageAt(page);
        }
        return (rows, total, page);
    }
}

/// <summary>Where a paged list stands, for the shared pager.</summary>
public sealed record PageNumbers(int Page, int Pages);
