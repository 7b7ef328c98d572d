using Microsoft.AspNetCore.Components;

namespace CarRentalGateway.BackOffice.Components.Shared;

/// <summary>
/// A MudBlazor icon (its SVG content, as in <c>Icons.Material.Filled</c>) drawn as markup inside its parent, alone or as
/// an icon button's face. A MudIcon or MudIconButton is a component of its own, and pages that stay open all day keep
/// every component they draw (docs/decisions.md, "UI").
/// </summary>
public static class PlainIcon
{
    /// <summary>
    /// The classes of a MudIconButton, for a plain <c>button</c> whose content is <see cref="ButtonFace"/>; without
    /// MudBlazor's ripple, which the back office does not draw (docs/decisions.md, "UI").
    /// </summary>
    public const string ButtonClass = "mud-button-root mud-icon-button";

    public static RenderFragment Svg(string svgContent, string cssClass = "mud-icon-root mud-svg-icon mud-icon-size-medium") => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, svgContent);
        builder.CloseElement();
    };

    /// <summary>An icon button's label with its icon, medium or small as MudBlazor sizes them.</summary>
    public static RenderFragment ButtonFace(string svgContent, bool small = false) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-icon-button-label");
        builder.AddContent(2, Svg(svgContent, small ? "mud-icon-root mud-svg-icon mud-icon-size-small" : "mud-icon-root mud-svg-icon mud-icon-size-medium"));
        builder.CloseElement();
    };
}
