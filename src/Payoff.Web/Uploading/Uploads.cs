using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Payoff.Web.Uploading;

/// <summary>
/// Streams the files of a <c>multipart/form-data</c> request to a folder of their own (never into
/// memory), counting bytes against the upload limit; the folder is deleted on dispose.
/// </summary>
internal sealed class Uploads : IDisposable
{
    private Uploads(string folder, IReadOnlyList<string> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The request's folder.</summary>
    public string Folder { get; }

    /// <summary>The saved files, in request order, under their uploaded names (made safe).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Saves the request's file parts; throws <see cref="BadHttpRequestException"/> (400, 413, 415) for a request that is not an upload or is too large.</summary>
    public static async Task<Uploads> SaveAsync(HttpRequest request, WebOptions options, CancellationToken cancellationToken, string? into = null)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Send the files as multipart/form-data (curl -F file=@export.csv).", StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new BadHttpRequestException("The multipart request has no boundary.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // The files may total the limit; the multipart framing around them is allowed a megabyte.
            limit.MaxRequestBodySize = options.MaxUploadBytes + (1 << 20);
        }

        var folder = into ?? Path.Combine(options.UploadPath, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var uploads = new Uploads(folder, files);
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
            var total = 0L;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    continue;
                }

                var name = SafeName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value, files.Count);
                var path = Path.Combine(folder, $"{files.Count:D3}", name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var file = File.Create(path))
                {
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        total += read;
                        if (total > options.MaxUploadBytes)
                        {
                            throw new BadHttpRequestException(string.Create(CultureInfo.InvariantCulture, $"The upload is over the limit of {options.MaxUploadBytes:N0} bytes."), StatusCodes.Status413PayloadTooLarge);
                        }

                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }

                files.Add(path);
            }

            if (files.Count == 0)
            {
                throw new BadHttpRequestException("The request holds no file part (curl -F file=@export.csv).");
            }

            return uploads;
        }
        catch (InvalidDataException ex)
        {
            uploads.Dispose();
            throw new BadHttpRequestException($"The multipart request cannot be read: {ex.Message}", StatusCodes.Status400BadRequest, ex);
        }
        catch
        {
            uploads.Dispose();
            throw;
        }
    }

    /// <summary>True to keep the folder on dispose (files checked now and imported on a later request).</summary>
    public bool Keep { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the next request's folder is a new one.
        }
    }

    /// <summary>The uploaded name without folders or characters a file name cannot hold; the name matters (TikTok's dates, LinkedIn's page).</summary>
    private static string SafeName(string? name, int index)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var safe = new string([.. bare.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && !char.IsControl(c))]).Trim().TrimStart('.');
        if (safe.Length > 200)
        {
            safe = safe[^200..];
        }

        return safe.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"upload-{index + 1}") : safe;
    }
}
