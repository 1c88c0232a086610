<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows the sitemap index (sitemap-index.xml) and the sitemaps it lists (sitemap-0.xml, …) as Chinese
  pages to a reader who opens them in a browser that still applies XSLT; crawlers ignore it. The files
  all live at the root of the site's base, so links between them are relative and work in a sub-folder
  build too. Styles come from xml-pages.css: the CSP sent with the XML allows no inline styles.
  Browsers are dropping XSLT, so the footer links the HTML page /sitemap/ instead.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes" />

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>网站地图（XML）</title>
        <link rel="stylesheet" href="xml-pages.css" />
        <link rel="icon" href="favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main class="xml-page">
          <h1>网站地图（XML）</h1>
          <p class="xml-page-note">
            本页是供搜索引擎读取的 XML 文件，浏览器借助样式表把它显示成了网页。浏览本站，请看<a href="sitemap/">网站地图</a>或<a href="./">返回首页</a>。
          </p>
          <xsl:apply-templates select="sm:sitemapindex | sm:urlset" />
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="sm:sitemapindex">
    <p>这是本站的网站地图索引，列出了 <xsl:value-of select="count(sm:sitemap)" /> 个网站地图文件，每个文件列出本站的一批网页地址。</p>
    <ol class="xml-page-list">
      <xsl:for-each select="sm:sitemap">
        <li>
          <!-- The file's own name: the sitemaps sit next to this index, whatever origin serves them. -->
          <a class="xml-page-url">
            <xsl:attribute name="href">
              <xsl:call-template name="file-name">
                <xsl:with-param name="url" select="normalize-space(sm:loc)" />
              </xsl:call-template>
            </xsl:attribute>
            <xsl:value-of select="sm:loc" />
          </a>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template match="sm:urlset">
    <p>这是本站的网站地图，列出了本站可供搜索引擎收录的全部 <xsl:value-of select="count(sm:url)" /> 个网页。</p>
    <ol class="xml-page-list">
      <xsl:for-each select="sm:url">
        <li>
          <a class="xml-page-url" href="{sm:loc}"><xsl:value-of select="sm:loc" /></a>
          <xsl:if test="sm:lastmod">
            <span class="xml-page-meta">更新于 <xsl:value-of select="substring(sm:lastmod, 1, 10)" /></span>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- The part of a URL after its last slash. -->
  <xsl:template name="file-name">
    <xsl:param name="url" />
    <xsl:choose>
      <xsl:when test="contains($url, '/')">
        <xsl:call-template name="file-name">
          <xsl:with-param name="url" select="substring-after($url, '/')" />
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$url" />
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
