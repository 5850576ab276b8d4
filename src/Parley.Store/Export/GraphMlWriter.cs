using System.Xml;

namespace Parley.Store.Export;

/// <summary>
/// Writes a <see cref="Graph"/> as GraphML (http://graphml.graphdrawing.org/), which Gephi and Cytoscape
/// open: one undirected graph, a <c>key</c> per attribute, a <c>data</c> element per value.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>.</summary>
    public static void Write(Graph graph, TextWriter output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XmlSchemaInstance.Namespace);
        xml.WriteAttributeString("schemaLocation", XmlSchemaInstance.Namespace, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        WriteKeys(xml, "node", GraphAttributes.Node);
        WriteKeys(xml, "edge", GraphAttributes.Edge);

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "parley");
        xml.WriteAttributeString("edgedefault", "undirected");
        xml.WriteElementString("desc", Namespace, GraphAttributes.Describe(graph));
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, node, GraphAttributes.Node);
            xml.WriteEndElement();
        }
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            WriteData(xml, edge, GraphAttributes.Edge);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKeys<T>(XmlWriter xml, string owner, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("key", Namespace);
            // Key ids are the attribute names: readable in the file, and node and edge names never collide.
            xml.WriteAttributeString("id", attribute.Name);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", attribute.Name);
            xml.WriteAttributeString("attr.type", attribute.Type switch
            {
                GraphValueType.Integer => "int",
                GraphValueType.Real => "double",
                _ => "string",
            });
            xml.WriteEndElement();
        }
    }

    private static void WriteData<T>(XmlWriter xml, T item, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value(item) is not { } value) continue;
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", attribute.Name);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }
}
