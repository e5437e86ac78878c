using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Application.Json;

namespace Payoff.Cli.Tests;

/// <summary>
/// What the Native AOT CLI cannot discover at run time is listed by hand (issue 16 §3); these tests hold the
/// lists to the code, by reflection, in the build that has it.
/// </summary>
public sealed class NativeReadyTests
{
    [Fact]
    public void Every_application_handler_is_registered()
    {
        var handlers = typeof(IApplicationHandler).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApplicationHandler).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        var registered = new ServiceCollection().AddPayoffApplication()
            .Where(s => s.Lifetime == ServiceLifetime.Scoped && s.ServiceType == s.ImplementationType)
            .Select(s => s.ServiceType.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(handlers, registered);
    }

    [Fact]
    public void Every_enum_in_the_report_documents_is_written_as_a_kebab_case_name()
    {
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        foreach (var root in ContextTypes(ReportJson.Options.TypeInfoResolver!))
        {
            Walk(root, ReportJson.Options, enums, seen);
        }

        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            var value = Enum.GetValues(type).GetValue(0);
            var text = JsonSerializer.Serialize(value, ReportJson.Options.GetTypeInfo(type));
            Assert.True(text.StartsWith('"'), $"{type.Name} is written as {text}: add it to ReportJson.Options' converters.");
        }
    }

    private static IEnumerable<Type> ContextTypes(IJsonTypeInfoResolver context) =>
        context.GetType().GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);

    private static void Walk(Type type, JsonSerializerOptions options, HashSet<Type> enums, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type))
        {
            return;
        }

        if (type.IsEnum)
        {
            enums.Add(type);
            return;
        }

        var info = options.GetTypeInfo(type);
        foreach (var property in info.Properties)
        {
            Walk(property.PropertyType, options, enums, seen);
        }

        if (info.ElementType is { } element)
        {
            Walk(element, options, enums, seen);
        }

        if (info.KeyType is { } key)
        {
            Walk(key, options, enums, seen);
        }
    }
}
