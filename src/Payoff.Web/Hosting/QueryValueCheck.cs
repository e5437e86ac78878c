using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Hosting;

/// <summary>
/// Answers 400 with a sentence naming the field, before any handler runs, for request values no endpoint
/// or page can use: a query key or value with a control character (NUL …), and — for every typed
/// parameter of the endpoint's handler or the page's <c>[SupplyParameterFromQuery]</c> properties, found
/// from the endpoint itself so new endpoints are covered — a value that is not of its type, a day outside
/// <see cref="DayLimits"/>, or a <c>from</c> after its <c>to</c>. Without it a binding failure answers an
/// empty 400 and a page's parse failure, a NUL or an extreme day a 500.
/// </summary>
public sealed class QueryValueCheck(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Endpoint, (string Name, Type Type)[]> Typed = new();

    /// <summary>Runs the check, then the rest of the pipeline when the request passes.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Problem(context) is { } problem)
        {
            var result = context.Request.Path.StartsWithSegments("/api")
                ? Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest)
                : Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            await result.ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>What is wrong with the request's query and route values, as a sentence naming the field; null when nothing is.</summary>
    public static string? Problem(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (key, values) in context.Request.Query)
        {
            if (key.Any(char.IsControl) || values.Any(v => v is not null && v.Any(char.IsControl)))
            {
                return $"The query value of '{Printable(key)}' contains a control character (such as NUL); remove it.";
            }
        }

        if (context.GetEndpoint() is not { } endpoint)
        {
            return null;
        }

        Dictionary<string, DateOnly>? days = null;
        foreach (var (name, type) in Typed.GetOrAdd(endpoint, Parameters))
        {
            var raw = context.Request.RouteValues.TryGetValue(name, out var route) && route is string r ? r : (string?)context.Request.Query[name];
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (raw.Any(char.IsControl))
            {
                return $"{name} contains a control character (such as NUL); remove it.";
            }

            if (!TryParse(type, raw, out var value))
            {
                return $"{name} must be {Kind(type)}, not '{Printable(raw)}'.";
            }

            if (value is DateOnly day)
            {
                if (DayLimits.Problem(name, day) is { } outside)
                {
                    return outside;
                }

                (days ??= new(StringComparer.OrdinalIgnoreCase))[name] = day;
            }
        }

        return days is not null && days.TryGetValue("from", out var from) && days.TryGetValue("to", out var to) && from > to
            ? string.Create(CultureInfo.InvariantCulture, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).")
            : null;
    }

    private static (string Name, Type Type)[] Parameters(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type is { } component)
        {
            return [.. component.GetProperties()
                .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Query is not null && IsTyped(p.Property.PropertyType))
                .Select(p => (p.Query!.Name ?? p.Property.Name, p.Property.PropertyType))];
        }

        return [.. (endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
            .Where(p => IsTyped(p.ParameterType) && p.GetCustomAttribute<FromBodyAttribute>() is null)
            .Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name!, p.ParameterType))];
    }

    private static bool IsTyped(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t != typeof(string) && (t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(Guid));
    }

    private static bool TryParse(Type type, string raw, out object? value)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var invariant = CultureInfo.InvariantCulture;
        (var ok, value) = t switch
        {
            _ when t == typeof(int) => (int.TryParse(raw, NumberStyles.Integer, invariant, out var v), (object)v),
            _ when t == typeof(long) => (long.TryParse(raw, NumberStyles.Integer, invariant, out var v), v),
            _ when t == typeof(short) => (short.TryParse(raw, NumberStyles.Integer, invariant, out var v), v),
            _ when t == typeof(byte) => (byte.TryParse(raw, NumberStyles.Integer, invariant, out var v), v),
            _ when t == typeof(bool) => (bool.TryParse(raw, out var v), v),
            _ when t == typeof(decimal) => (decimal.TryParse(raw, NumberStyles.Number, invariant, out var v), v),
            _ when t == typeof(double) => (double.TryParse(raw, NumberStyles.Float, invariant, out var v) && double.IsFinite(v), v),
            _ when t == typeof(float) => (float.TryParse(raw, NumberStyles.Float, invariant, out var v) && float.IsFinite(v), v),
            _ when t == typeof(DateOnly) => (DateOnly.TryParse(raw, invariant, DateTimeStyles.None, out var v), v),
            _ when t == typeof(DateTime) => (DateTime.TryParse(raw, invariant, DateTimeStyles.None, out var v), v),
            _ when t == typeof(DateTimeOffset) => (DateTimeOffset.TryParse(raw, invariant, DateTimeStyles.None, out var v), v),
            _ when t == typeof(Guid) => (Guid.TryParse(raw, out var v), v),
            _ when t.IsEnum => (Enum.TryParse(t, raw, ignoreCase: true, out var v), v),
            _ => (true, null),
        };
        return ok;
    }

    private static string Kind(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(DateOnly) => "a day, yyyy-MM-dd",
            _ when t == typeof(DateTime) || t == typeof(DateTimeOffset) => "a date and time",
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(decimal) || t == typeof(double) || t == typeof(float) => "a number",
            _ when t == typeof(Guid) => "an id",
            _ when t.IsEnum => "one of " + string.Join(", ", Enum.GetNames(t)),
            _ => "a whole number",
        };
    }

    /// <summary>The value as shown in a message: at most 60 characters.</summary>
    private static string Printable(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
