using System.Net;
using System.Text.RegularExpressions;

namespace Payoff.Web.Tests;

/// <summary>
/// A browser for the tests over HTTP: keeps the cookies it is given, signs in through the real form
/// (with its anti-forgery token) and posts forms as a page would.
/// </summary>
public partial class SignedInBrowser(HttpClient client)
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    /// <summary>The cookies held now, by name.</summary>
    public IReadOnlyDictionary<string, string> Cookies => cookies;

    /// <summary>Takes the cookies of <paramref name="other"/>, as someone who captured them would.</summary>
    public void Take(SignedInBrowser other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, value) in other.cookies)
        {
            cookies[name] = value;
        }
    }

    /// <summary>Sends a request with the held cookies (and <paramref name="userAgent"/>, when given) and keeps the cookies of the answer.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, Dictionary<string, string>? form = null, HttpContent? content = null, string? userAgent = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = form is null ? content : new FormUrlEncodedContent(form) };
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0)
            {
                cookies.Remove(pair[0]);
            }
            else
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    /// <summary>GETs <paramref name="url"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    /// <summary>Opens <paramref name="page"/> and posts its form <paramref name="handler"/> with <paramref name="fields"/> and the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string handler, Dictionary<string, string> fields)
    {
        var html = await (await GetAsync(page)).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value),
            ["_handler"] = handler,
        };
        return await SendAsync(HttpMethod.Post, page, form);
    }

    /// <summary>Signs in through the sign-in form.</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/login", "login", new() { ["Form.Email"] = email, ["Form.Password"] = password });

    /// <summary>The anti-forgery token in a page's form.</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    public static partial Regex TokenPattern();
}
