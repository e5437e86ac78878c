using System.Reflection;
using System.Reflection.Emit;
using Payoff.Core.Channels;

namespace Payoff.Core.Tests.Architecture;

/// <summary>
/// Core's top-level folders (<c>Payoff.Core.Channels</c>, <c>.Reporting</c>, <c>.Goals</c>, …) form a
/// graph without cycles: a folder may use the folders below it, never one that uses it back (issue 14
/// §7). The graph is read from the compiled assembly — signatures, fields, base types and every type,
/// method and field a method body names — so a dependency hidden in a lambda or an async method counts.
/// </summary>
public class FolderCycleTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void Cores_folders_have_no_dependency_cycles()
    {
        var graph = FolderGraph(typeof(ChannelClassifier).Assembly);

        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" ↔ ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(cycles.Count == 0, "Folders that depend on each other: " + string.Join("; ", cycles) + ". Edges: "
            + string.Join(", ", graph.SelectMany(kv => kv.Value.Select(to => $"{kv.Key}→{to}"))));
    }

    [Fact]
    public void The_graph_sees_dependencies_inside_method_bodies()
    {
        var graph = FolderGraph(typeof(ChannelClassifier).Assembly);

        // Reporting builds its reports from the ledger and the goals: both edges must be found, or the
        // cycle check above would pass for want of looking.
        Assert.Contains("Ledger", graph["Reporting"]);
        Assert.Contains("Goals", graph["Reporting"]);
        Assert.Contains("Tracking", graph["Channels"]);
    }

    private static Dictionary<string, HashSet<string>> FolderGraph(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (Folder(type) is not { } from)
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Uses(type))
            {
                foreach (var part in Flatten(used))
                {
                    if (part.Assembly == assembly && Folder(part) is { } to && to != from)
                    {
                        edges.Add(to);
                    }
                }
            }
        }

        return graph;
    }

    private static string? Folder(Type type)
    {
        var ns = type.Namespace;
        const string prefix = "Payoff.Core.";
        if (ns is null || !ns.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> Uses(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyUses(method))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> BodyUses(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at];
            at++;
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at]);
                at++;
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    var member = module.ResolveMember(token, typeArguments, methodArguments);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                        if (member is FieldInfo f)
                        {
                            yield return f.FieldType;
                        }
                        else if (member is MethodInfo m)
                        {
                            yield return m.ReturnType;
                        }
                    }

                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (var v in graph.Keys.ToList())
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return result;
    }
}
