namespace Payoff.Application.Requests;

/// <summary>Turns a Core rule's problem ("field: what is wrong") into the request's error, the field spelt as the surface spells it.</summary>
public static class FieldProblem
{
    /// <summary>The <see cref="RequestException"/> of <paramref name="problem"/> (<c>name: 'x' must be …</c> → <c>--name: 'x' must be …</c> on the CLI).</summary>
    public static RequestException Of(RequestValues values, string problem)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problem);
        var field = problem[..problem.IndexOf(':', StringComparison.Ordinal)];
        return new RequestException(field, $"{values.Name(field)}{problem[field.Length..]}");
    }
}
