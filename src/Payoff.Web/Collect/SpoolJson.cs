using System.Text.Json;
using System.Text.Json.Serialization;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>The JSON form of spool lines: one <see cref="IngestRecord"/> per line.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IngestRecord))]
internal sealed partial class SpoolJson : JsonSerializerContext
{
    /// <summary>Reads one line, or null when it is torn or not a record.</summary>
    public static IngestRecord? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, Default.IngestRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
