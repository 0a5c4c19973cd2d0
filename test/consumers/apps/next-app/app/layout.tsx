import type { Metadata } from "next";
import "recap-kit/styles.css";
import "./globals.css";

// create-next-app's layout without next/font/google, which would download fonts at build time.
export const metadata: Metadata = {
  title: "recap-kit in Next.js",
  description: "A consumer test of recap-kit",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
