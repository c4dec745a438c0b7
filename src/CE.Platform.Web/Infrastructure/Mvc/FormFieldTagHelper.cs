using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CE.Platform.Web.Infrastructure.Mvc;

/// <summary>
/// <c>&lt;form-field for="Email" autocomplete="email" /&gt;</c>: a label, an input and the
/// field's server-side validation message, so every form shows errors next to the field the same way.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public required ModelExpression For { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>Id of a &lt;datalist&gt; with suggestions.</summary>
    public string? List { get; set; }

    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var name = For.Name;
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        output.Attributes.SetAttribute("class", hasError ? "field field--error" : "field");

        var isCheckbox = For.Metadata.ModelType == typeof(bool);
        var input = isCheckbox
            ? generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, null, null)
            : generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, null, null);
        if (!isCheckbox)
        {
            input.Attributes["type"] = InputType();
            if (InputType() == "password")
            {
                input.Attributes.Remove("value");
            }
        }

        var hintId = $"{name}-hint";
        var errorId = $"{name}-error";
        input.Attributes["aria-describedby"] = Hint is null ? errorId : $"{hintId} {errorId}";
        if (hasError)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (List is not null)
        {
            input.Attributes["list"] = List;
        }

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, null, null);
        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, null, "span", null);
        message.Attributes["id"] = errorId;
        message.AddCssClass("field__error");

        if (isCheckbox)
        {
            output.Content.AppendHtml(input).AppendHtml(label);
        }
        else
        {
            output.Content.AppendHtml(label);
            if (Hint is not null)
            {
                output.Content.AppendHtml($"<p class=\"field__hint\" id=\"{hintId}\">").Append(Hint).AppendHtml("</p>");
            }

            output.Content.AppendHtml(input);
        }

        output.Content.AppendHtml(message);
    }

    private string InputType() => For.Metadata.DataTypeName switch
    {
        "Password" => "password",
        "EmailAddress" => "email",
        "Date" => "date",
        _ => For.Name.EndsWith("Email", StringComparison.Ordinal) ? "email" : "text",
    };
}
