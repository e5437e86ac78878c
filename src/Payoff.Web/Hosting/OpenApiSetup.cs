using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Payoff.Web.Access;

namespace Payoff.Web.Hosting;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, browsed at <c>/api/docs</c>): the two ways to authenticate (the
/// <c>X-Payoff-Key</c> header for <c>/api/…</c>, the dashboard's sign-in cookie for the rest), every schema named
/// after its type, and a realistic example answer for each report.
/// </summary>
public static class OpenApiSetup
{
    /// <summary>The security scheme's name for the API key header.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The security scheme's name for the dashboard's sign-in cookie.</summary>
    public const string CookieScheme = "SignInCookie";

    /// <summary>The sign-in cookie's name (set in <see cref="SecuritySetup"/>).</summary>
    public const string CookieName = "payoff_session";

    private const string ReportsPrefix = "api/reports/";

    /// <summary>Adds the document with its security schemes, schema names and report examples.</summary>
    public static IServiceCollection AddPayoffOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.CreateSchemaReferenceId = SchemaId;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyDefaults.Header,
                    Description = "An API key of one workspace ('payoff key create'); read keys may call GET, write keys also POST, PUT and DELETE.",
                };
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = CookieName,
                    Description = "The dashboard's sign-in cookie (set by POST /login; HttpOnly, SameSite=Strict, 8 hours sliding).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var path = context.Description.RelativePath ?? string.Empty;
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    var scheme = path.StartsWith("api/", StringComparison.Ordinal) ? ApiKeyScheme : CookieScheme;
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
                }

                if (string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)
                    && path.StartsWith(ReportsPrefix, StringComparison.Ordinal)
                    && ReportExample(path[ReportsPrefix.Length..].Split('?')[0]) is { } example)
                {
                    operation.Responses ??= [];
                    if (!operation.Responses.TryGetValue("200", out var ok))
                    {
                        ok = new OpenApiResponse { Description = "OK" };
                        operation.Responses["200"] = ok;
                    }

                    if (ok is OpenApiResponse response)
                    {
                        response.Content ??= new Dictionary<string, OpenApiMediaType>();
                        if (response.Content.Count == 0)
                        {
                            response.Content["application/json"] = new OpenApiMediaType();
                        }
                    }

                    foreach (var media in ok.Content?.Values ?? [])
                    {
                        media.Example = example.DeepClone();
                    }
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// A schema's id: its type's name (generic types spelled out, as the default does); an anonymous type has no
    /// name to show, so its schema is inlined rather than named <c>AnonymousTypeOf…</c>.
    /// </summary>
    private static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo info) =>
        info.Type.Name.Contains("AnonymousType", StringComparison.Ordinal) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(info);

    /// <summary>
    /// The example answer of report <paramref name="name"/> (<c>sources</c>, <c>roi</c>…): the embedded
    /// <c>Reports/Examples/{name}.json</c>, a trimmed answer of <c>payoff demo</c>'s data; null for a report without one.
    /// </summary>
    internal static JsonNode? ReportExample(string name)
    {
        using var stream = typeof(OpenApiSetup).Assembly.GetManifestResourceStream($"Payoff.Web.Reports.Examples.{name}.json");
        return stream is null ? null : JsonNode.Parse(stream);
    }

    /// <summary>The reports that have an example (the embedded resources' names).</summary>
    internal static IReadOnlyList<string> ReportsWithExamples() =>
        [.. typeof(OpenApiSetup).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Payoff.Web.Reports.Examples.", StringComparison.Ordinal))
            .Select(n => n["Payoff.Web.Reports.Examples.".Length..^".json".Length])];
}
