<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows rss.xml as a Chinese page to a reader who opens it in a browser that still applies XSLT; feed
  readers ignore it. Links are relative to rss.xml, which lives at the root of the site's base, so they
  work in a sub-folder build too. Styles come from xml-pages.css: the CSP sent with the feed allows no
  inline styles. Browsers are dropping XSLT (Chromium 156 already shows a removal warning over the
  result), so the footer links the HTML page /feeds/ instead; this is for those who open the feed itself.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes" />

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>RSS 订阅源 | <xsl:value-of select="rss/channel/title" /></title>
        <link rel="stylesheet" href="xml-pages.css" />
        <link rel="icon" href="favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main class="xml-page">
          <h1>RSS 订阅源</h1>
          <p>
            这是<a href="./"><xsl:value-of select="rss/channel/title" /></a>的 RSS 订阅源：把本页地址复制到 RSS
            阅读器即可订阅，本站有新文章时，阅读器会自动收到。
          </p>
          <xsl:if test="rss/channel/atom:link[@rel = 'self']">
            <p>
              订阅地址：<span class="xml-page-address"><xsl:value-of select="rss/channel/atom:link[@rel = 'self']/@href" /></span>
            </p>
          </xsl:if>
          <p class="xml-page-note">
            本页是给阅读器读取的 XML 文件，浏览器借助样式表把它显示成了网页。怎样订阅，请看<a href="feeds/">RSS 订阅说明</a>。
          </p>
          <h2>订阅源中的 <xsl:value-of select="count(rss/channel/item)" /> 篇文章</h2>
          <ol class="xml-page-list">
            <xsl:apply-templates select="rss/channel/item" />
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <a class="xml-page-title" href="{link}"><xsl:value-of select="title" /></a>
      <span class="xml-page-meta">
        <xsl:apply-templates select="pubDate" />
        <xsl:for-each select="category">
          <xsl:text>　来源：</xsl:text>
          <xsl:value-of select="." />
        </xsl:for-each>
      </span>
      <xsl:if test="description">
        <p class="xml-page-description"><xsl:value-of select="description" /></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- RFC 822 ("Tue, 03 Mar 2020 00:00:00 GMT") as the site writes dates: 2020年3月3日. -->
  <xsl:template match="pubDate">
    <xsl:variable name="date" select="normalize-space(.)" />
    <xsl:variable name="day" select="number(substring($date, 6, 2))" />
    <xsl:variable name="month" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring($date, 9, 3))) div 3 + 1" />
    <xsl:variable name="year" select="substring($date, 13, 4)" />
    <time datetime="{$year}-{format-number($month, '00')}-{format-number($day, '00')}">
      <xsl:value-of select="concat($year, '年', $month, '月', $day, '日')" />
    </time>
  </xsl:template>
</xsl:stylesheet>
