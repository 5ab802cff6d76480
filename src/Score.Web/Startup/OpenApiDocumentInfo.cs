using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Score.Web.Startup;

/// <summary>The API document's title and its one way in: a personal access token as a bearer token.</summary>
public sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    private const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Score API",
            Version = "v1",
            Description = "Read and record SCORE training data as the pages do, scoped like them. Create a personal access token at /account/tokens "
                + "and send it as `Authorization: Bearer <token>`. Lists page with `cursor` (keyset; follow the `Link` header) and answer "
                + "`If-None-Match` with 304; writes take an `Idempotency-Key` header; errors are problem details (RFC 9457) in the language of `Accept-Language`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = Bearer,
            Description = "A personal access token (score_…) made at /account/tokens.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];
        return Task.CompletedTask;
    }
}
