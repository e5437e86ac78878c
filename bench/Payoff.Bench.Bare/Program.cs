// The baseline of the collect benchmark: the cheapest ASP.NET Core endpoint on the same machine,
// reading the body and answering 204, with the same slim host Payoff uses.
// Usage: dotnet Payoff.Bench.Bare.dll http://127.0.0.1:5090
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls(args.Length > 0 ? args[0] : "http://127.0.0.1:5090");
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/api/event", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body);
    await reader.ReadToEndAsync();
    return Results.NoContent();
});
app.MapGet("/l/{slug}", (string slug) => Results.Redirect("https://example.com/" + slug));
await app.RunAsync();
