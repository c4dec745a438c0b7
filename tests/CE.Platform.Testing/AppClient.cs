using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// An HTTP client that uses the site as a person does: it opens a page, fills the form that is
/// really there (hidden fields and antiforgery token included) and submits it.
/// </summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>Gets a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Truncate(html)}");
        return await Parser.ParseDocumentAsync(html);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Opens <paramref name="pageUrl"/>, fills its form (the first in main, or the one matching
    /// <paramref name="formSelector"/>) with <paramref name="fields"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector ?? "main form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector ?? "main form"}' on {pageUrl}.");
        return await SubmitAsync(form, pageUrl, fields);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            if (element.GetAttribute("name") is not { } name || fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : pageUrl;
        return await PostAsync(action, values);
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(url, content);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="pageUrl"/>, for hand-made posts.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl)
    {
        var page = await GetPageAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    public void Dispose() => http.Dispose();

    private static string Truncate(string text) => text.Length > 400 ? text[..400] : text;
}
