using System.Text;

namespace Score.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's form reader refuses an encoded NUL (%00) with an exception before any field is
/// bound, so the user would get an error page and lose what they typed. A NUL in a posted form is
/// turned into another control character here, which the text binder then removes with a message
/// at the field it was in (<see cref="CleanTextModelBinder"/>).
/// </summary>
public sealed class FormNulGuard(RequestDelegate next)
{
    private const long LargestRewrittenForm = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && request.ContentLength is > 0 and <= LargestRewrittenForm)
        {
            request.EnableBuffering();
            // Latin-1 maps every byte to one char and back, so nothing else in the body changes.
            using var reader = new StreamReader(request.Body, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (body.Contains("%00", StringComparison.Ordinal))
            {
                var bytes = Encoding.Latin1.GetBytes(body.Replace("%00", "%01", StringComparison.Ordinal));
                request.Body = new MemoryStream(bytes);
                request.ContentLength = bytes.Length;
            }
            else
            {
                request.Body.Position = 0;
            }
        }
        await next(context);
    }
}
