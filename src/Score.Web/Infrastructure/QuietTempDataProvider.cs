using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Score.Web.Infrastructure;

/// <summary>
/// The cookie TempData provider, except that it does not delete a cookie the browser never sent: the stock one
/// answers every page that reads TempData (the layout's flash message) with an expired Set-Cookie header.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider cookies) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        // A cookie too large for one is chunked as name + "C1", "C2"... and announced by the first.
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName))
        {
            return;
        }
        cookies.SaveTempData(context, values);
    }
}
