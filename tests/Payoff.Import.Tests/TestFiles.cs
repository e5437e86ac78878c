using System.Text;

namespace Payoff.Import.Tests;

/// <summary>Writes test files into a temporary folder that is deleted afterwards.</summary>
public sealed class TestFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-import-").FullName;

    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
